import { z } from 'zod';

/** A figure's key: dotted words such as keyProjects2023.totalInvestment (also its address /figures/[key]). */
export const FIGURE_KEY_PATTERN = /^[a-zA-Z0-9]+(\.[a-zA-Z0-9]+)+$/;

export const figureKeySchema = z.string().max(120).regex(FIGURE_KEY_PATTERN, 'dotted key such as keyProjects2023.totalInvestment');
