'use client';

import { useEffect, useState } from 'react';

type Props = { text: string; label: string; copiedLabel: string; describedBy: string };

/**
 * Progressive enhancement: the citation is plain selectable text; with JavaScript and a
 * clipboard this button appears and copies it. Without either, nothing is rendered.
 */
export function CopyButton({ text, label, copiedLabel, describedBy }: Props) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setReady(typeof navigator !== 'undefined' && Boolean(navigator.clipboard)), []);
  if (!ready) return null;
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} aria-describedby={describedBy} className="border-2 border-brand px-3 py-1 text-sm font-bold text-brand">
        {label}
      </button>
      <span role="status" className="text-sm">
        {copied ? copiedLabel : ''}
      </span>
    </span>
  );
}
