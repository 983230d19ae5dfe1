/**
 * Request bodies written byte for byte, so that a generated request is the same every time
 * its seed is replayed (FormData would pick a random boundary).
 */
export type Part = { name: string; value: string | Buffer; fileName?: string; type?: string };
export type BodyEncoding = 'multipart' | 'urlencoded' | 'text' | 'json';
export type Body = { contentType: string; bytes: Buffer };

// As browsers write names in multipart headers: quotes and line breaks percent-encoded.
const quoted = (text: string) => text.replace(/[\r\n"]/g, (char) => encodeURIComponent(char));

function multipart(parts: Part[], boundary: string): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const file =
      part.fileName === undefined
        ? ''
        : `; filename="${quoted(part.fileName)}"\r\nContent-Type: ${part.type ?? 'application/octet-stream'}`;
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"${file}\r\n\r\n`),
      Buffer.from(part.value),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const text = (value: string | Buffer) => (typeof value === 'string' ? value : value.toString('latin1'));

/** The parts in one encoding; `boundary` comes from the request's token. */
export function encodeBody(parts: Part[], encoding: BodyEncoding, boundary: string): Body {
  switch (encoding) {
    case 'multipart':
      return { contentType: `multipart/form-data; boundary=${boundary}`, bytes: multipart(parts, boundary) };
    case 'urlencoded':
      return {
        contentType: 'application/x-www-form-urlencoded',
        bytes: Buffer.from(new URLSearchParams(parts.map((p) => [p.name, text(p.value)])).toString()),
      };
    case 'json':
      return {
        contentType: 'text/plain;charset=UTF-8',
        bytes: Buffer.from(JSON.stringify(parts.map((p) => text(p.value)))),
      };
    case 'text':
      return {
        contentType: 'text/plain',
        bytes: Buffer.from(parts.map((p) => `${p.name}=${text(p.value)}`).join('\n')),
      };
  }
}
