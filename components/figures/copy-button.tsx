type Props = { label: string; copiedLabel: string; target: string };

/**
 * Progressive enhancement: the citation is plain selectable text. The button stays hidden until
 * public/copy-button.js (the only script public pages load, see server/client-runtime.mts) finds
 * a clipboard; it then copies the text of the element `target` names and says so in the status.
 */
export function CopyButton({ label, copiedLabel, target }: Props) {
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        hidden
        data-copy={target}
        data-copied={copiedLabel}
        aria-describedby={target}
        className="border-2 border-brand px-3 py-1 text-sm font-bold text-brand"
      >
        {label}
      </button>
      <span role="status" className="text-sm" data-copy-status={target} />
    </span>
  );
}

/** Loads the buttons' script, once per page that has them. */
export function CopyButtonScript() {
  return <script src="/copy-button.js" defer />;
}
