// The citations' copy buttons (components/figures/copy-button.tsx): shown only where the browser
// offers a clipboard; each copies the text of the element it names and says so in its status.
if (navigator.clipboard) {
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const name = button.dataset.copy;
    const status = document.querySelector(`[data-copy-status="${name}"]`);
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(document.getElementById(name).textContent);
      status.textContent = button.dataset.copied;
    });
  }
}
