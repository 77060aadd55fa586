// Results | Output | Problems, as ARIA tabs (arrow keys switch tabs).
import type { KeyboardEvent, ReactNode } from 'react';
import './BottomPanel.css';

export type PanelTab = 'results' | 'output' | 'problems';

export interface BottomPanelProps {
  tab: PanelTab;
  onTab(tab: PanelTab): void;
  problemCount: number;
  status: ReactNode;
  results: ReactNode;
  output: ReactNode;
  problems: ReactNode;
}

const TABS: PanelTab[] = ['results', 'output', 'problems'];
const TITLES: Record<PanelTab, string> = { results: 'Results', output: 'Output', problems: 'Problems' };

export function BottomPanel(p: BottomPanelProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(p.tab) + step + TABS.length) % TABS.length]!;
    p.onTab(next);
    document.getElementById(`panel-tab-${next}`)?.focus();
  };
  const content = { results: p.results, output: p.output, problems: p.problems }[p.tab];
  return (
    <section className="panel" aria-label="Results panel" data-region="panel" tabIndex={-1}>
      <div className="panel-header">
        <div className="panel-tabs" role="tablist" aria-label="Run results" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t}
              id={`panel-tab-${t}`}
              type="button"
              role="tab"
              className="panel-tab"
              aria-selected={t === p.tab}
              aria-controls="panel-body"
              tabIndex={t === p.tab ? 0 : -1}
              onClick={() => p.onTab(t)}
            >
              {TITLES[t]}
              {t === 'problems' && p.problemCount > 0 && <span className="count-badge">{p.problemCount}</span>}
            </button>
          ))}
        </div>
        <div className="panel-status">{p.status}</div>
      </div>
      <div id="panel-body" className="panel-body" role="tabpanel" tabIndex={0} aria-labelledby={`panel-tab-${p.tab}`}>
        {content}
      </div>
    </section>
  );
}
