/**
 * The one table of acronyms: the glossary page, <abbr> expansions and search synonyms all read it.
 * Expansions follow the source documents' own words (see ../shared/seeds/README.md).
 */
import { glossarySchema, type GlossaryEntry } from "../schemas/glossary.ts";

export const glossary: readonly GlossaryEntry[] = glossarySchema.parse([
  { abbr: "ANTQ", expansion: "an ninh Tổ quốc" },
  { abbr: "ANTT", expansion: "an ninh, trật tự" },
  { abbr: "CQDNNT", expansion: "cơ quan, doanh nghiệp, nhà trường" },
  { abbr: "CQDNCSGD", expansion: "cơ quan, doanh nghiệp, cơ sở giáo dục" },
  { abbr: "BCĐ", expansion: "Ban Chỉ đạo" },
  { abbr: "PCCC", expansion: "phòng cháy, chữa cháy" },
  { abbr: "CNCH", expansion: "cứu nạn, cứu hộ" },
  { abbr: "KCN", expansion: "khu công nghiệp" },
  { abbr: "CCN", expansion: "cụm công nghiệp" },
  { abbr: "MTTQ", expansion: "Mặt trận Tổ quốc" },
  { abbr: "UBMTTQ", expansion: "Ủy ban Mặt trận Tổ quốc" },
  {
    abbr: "FDI",
    expansion: "doanh nghiệp có vốn đầu tư trực tiếp nước ngoài",
    also: ["vốn đầu tư nước ngoài", "đầu tư nước ngoài"],
  },
  { abbr: "UBND", expansion: "Ủy ban nhân dân" },
  { abbr: "BCA", expansion: "Bộ Công an" },
  { abbr: "CAT", expansion: "Công an tỉnh" },
  { abbr: "THPT", expansion: "trung học phổ thông" },
  { abbr: "TNHH", expansion: "trách nhiệm hữu hạn" },
  { abbr: "ATGT", expansion: "an toàn giao thông" },
  { abbr: "QLHC", expansion: "quản lý hành chính" },
  { abbr: "TTXH", expansion: "trật tự xã hội" },
  { abbr: "TW", expansion: "Trung ương" },
  {
    abbr: "PAPI",
    expansion: "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
  },
]);
