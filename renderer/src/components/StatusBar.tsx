// Language and toolchain, sandbox isolation, cursor position and autosave state.
import type { EnvironmentInfo } from '../../../core/common/contract.ts';
import type { Language } from '../../../core/common/exercise.ts';
import { describeSave, saveStatus, type SaveTrack } from '../state/autosave.ts';
import { languageTitle } from '../state/exercises.ts';
import type { CursorPosition } from '../monaco/controller.ts';
import { useNow } from '../hooks/useNow.ts';
import './StatusBar.css';

export interface StatusBarProps {
  env: EnvironmentInfo;
  language: Language | null;
  track: SaveTrack | null;
  cursor: CursorPosition | null;
}

function toolchainText(env: EnvironmentInfo, language: Language): { text: string; ok: boolean; title: string } {
  const tc = env.toolchains.find((t) => t.language === language);
  const name = languageTitle(language);
  if (tc?.version) {
    // Toolchains report "go1.19.8" or "ruby 3.1.2p20": show "Go 1.19.8", "Ruby 3.1.2p20".
    const version = tc.version.replace(new RegExp(`^${language}\\s*`, 'i'), '');
    return { text: `${name} ${version}`, ok: true, title: `${name} toolchain: ${tc.version}` };
  }
  return { text: `${name}: toolchain missing`, ok: false, title: tc?.problem ?? `${name} toolchain not found` };
}

export function StatusBar({ env, language, track, cursor }: StatusBarProps) {
  const now = useNow();
  const tc = language ? toolchainText(env, language) : null;
  const full = env.isolation === 'full';
  const status = track ? saveStatus(track) : 'saved';
  return (
    <footer className="statusbar">
      {tc && (
        <span className="status-item" data-testid="status-toolchain" title={tc.title}>
          {!tc.ok && <span aria-hidden="true">⚠ </span>}
          {tc.text}
        </span>
      )}
      <span
        className="status-item"
        data-testid="status-isolation"
        data-isolation={env.isolation}
        title={env.isolationDetail}
      >
        <span aria-hidden="true">{full ? '✓' : '⚠'}</span> Isolation: {full ? 'full' : 'reduced'}
      </span>
      <span className="status-spacer" />
      {cursor && (
        <span className="status-item">
          Ln {cursor.line}, Col {cursor.column}
        </span>
      )}
      <span className="status-item" data-testid="autosave-status" data-state={status} role="status" aria-live="polite">
        {status === 'error' && <span aria-hidden="true">⚠ </span>}
        {track ? describeSave(track, now) : 'Opening…'}
      </span>
    </footer>
  );
}
