/** GOV.UK notification banner (success) after a save, from the ?saved= parameter. */
export function SuccessBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div role="status" className="mb-6 border-4 border-success p-4">
      <h2 className="font-bold text-success-dark">成功</h2>
      <p>{message}</p>
    </div>
  );
}
