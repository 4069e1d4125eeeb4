import { z } from "zod";

/** One acronym the site or its documents use, with the words it stands for. */
export const glossaryEntrySchema = z.strictObject({
  /** The acronym as the documents write it, e.g. "ANTQ". */
  abbr: z.string().min(1),
  /** Its full form in the documents' words, e.g. "an ninh Tổ quốc". */
  expansion: z.string().min(1),
  /** Other wordings readers type for the same thing (searched as synonyms), e.g. "vốn đầu tư nước ngoài". */
  also: z.array(z.string().min(1)).default([]),
  /** A short plain-words explanation for the glossary page, when the expansion alone is not enough. */
  note: z.string().min(1).optional(),
});

export const glossarySchema = z.array(glossaryEntrySchema);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
