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
    abbr: "UBNDTTQ",
    expansion: "có lẽ là Ủy ban Mặt trận Tổ quốc (UBMTTQ)",
    note: "Báo cáo sơ kết 5 năm (2019), phần đánh giá, viết “UBNDTTQ”; trang chép đúng như vậy. Văn bản không giải thích chữ này; theo ngữ cảnh (đứng trước “các sở, ban, ngành, đoàn thể tỉnh”) đó có lẽ là cách viết nhầm của UBMTTQ.",
  },
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
  {
    abbr: "ANTTQ",
    expansion: "an ninh Tổ quốc",
    note: "Cách viết ở một số chỗ của Báo cáo sơ kết 05 năm (2019); các văn bản khác viết ANTQ. Trang giữ nguyên như văn bản.",
  },
  { abbr: "TM", expansion: "thay mặt", note: "Ghi trước chức danh người ký văn bản, ví dụ “TM. Ủy ban nhân dân”." },
  { abbr: "KT", expansion: "ký thay", note: "Ghi trước chức danh người ký văn bản, ví dụ “KT. Chánh Văn phòng”." },
  {
    abbr: "CSV",
    expansion: "tệp bảng số liệu dạng chữ, các cột cách nhau bằng dấu phẩy",
    note: "Mở được bằng Excel, LibreOffice hoặc Google Trang tính.",
  },
  { abbr: "JSON", expansion: "tệp dữ liệu có cấu trúc cho lập trình viên và phần mềm" },
  { abbr: "PNG", expansion: "tệp ảnh" },
  { abbr: "RSS", expansion: "kênh tin tự động báo khi trang có nội dung mới", note: "Dùng với các ứng dụng đọc tin." },
  { abbr: "BOM", expansion: "dấu đánh dấu thứ tự byte ở đầu tệp", note: "Giúp Excel nhận đúng chữ tiếng Việt khi mở tệp CSV." },
]);
