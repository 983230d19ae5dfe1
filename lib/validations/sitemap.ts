import { z } from 'zod';

/** The sections of the sitemap, in the order the index lists them (lib/sitemap/parts.ts). */
export const SITEMAP_SECTIONS = ['pages', 'enterprises', 'projects'] as const;
export type SitemapSection = (typeof SITEMAP_SECTIONS)[number];
export type SitemapPart = { section: SitemapSection; index: number };

const PART_NAME = new RegExp(`^(${SITEMAP_SECTIONS.join('|')})-(0|[1-9]\\d{0,6})\\.xml$`);

/** /sitemap/<section>-<n>.xml → the part; anything else is a 404. Whether the part exists is asked of the data. */
export const sitemapPartNameSchema = z
  .string()
  .regex(PART_NAME)
  .transform((name): SitemapPart => {
    const [, section, index] = PART_NAME.exec(name)!;
    return { section: section as SitemapSection, index: Number(index) };
  });

export const sitemapPartPath = ({ section, index }: SitemapPart) => `/sitemap/${section}-${index}.xml`;
