// A dismissible alert for failures the candidate should know about (could not open, save or reset).
export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss(): void }) {
  return (
    <div className="error-banner" role="alert">
      <span aria-hidden="true">⚠</span>
      <span className="error-banner-text">{message}</span>
      <button type="button" className="button button-quiet" onClick={onDismiss} aria-label="Dismiss this message">
        Dismiss
      </button>
    </div>
  );
}
