import { notFound } from 'next/navigation';

// Any address under a language that no route serves: the language's own "Page not found".
export default function MissingPage() {
  notFound();
}
