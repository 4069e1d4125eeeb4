/**
 * Every UI string of the site and of the editor tools, in Vietnamese. Flat dotted keys, grouped by
 * feature. `{name}` placeholders are filled by `t()`.
 */
export const vi = {
  // --- site shell ---
  "site.skip": "Bỏ qua, đến nội dung chính",
  "site.nav.label": "Điều hướng chính",
  "site.nav.home": "Trang chủ",
  "site.nav.models": "Mô hình điểm",
  "site.nav.statistics": "Số liệu",
  "site.nav.targets": "Mục tiêu",
  "site.nav.commendations": "Khen thưởng",
  "site.nav.documents": "Văn bản",
  "site.nav.search": "Tìm kiếm",
  "site.nav.data": "Dữ liệu mở",
  "site.menu": "Danh mục",
  "site.footer.publisher": "Đơn vị công bố",
  "site.footer.sources": "Mọi số liệu trên trang được trích từ các văn bản nguồn, có ghi rõ văn bản và mục.",
  "site.footer.documents": "Danh mục văn bản nguồn",
  "site.footer.directive": "Thực hiện",

  // --- home ---
  "home.title": "Trang chủ",
  "home.lead": "Kết quả thực hiện {directive} về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường”, theo các văn bản của tỉnh Bắc Giang.",
  "home.headline": "Số liệu nổi bật",
  "home.headline.period": "Giai đoạn: {period}",
  "home.documents": "Văn bản nguồn",
  "home.documents.lead": "Mọi số liệu, tên đơn vị và ngày tháng trên trang đều được trích từ các văn bản sau.",

  // --- figures and sources ---
  "source.label": "Nguồn",
  "source.line": "{document}, {section}",
  "figure.reportedBy": "Đơn vị báo cáo",
  "figure.period": "Thời gian",
  "figure.updated": "Cập nhật số liệu",

  // --- documents ---
  "document.type.bao-cao": "Báo cáo",
  "document.type.ke-hoach": "Kế hoạch",
  "document.type.de-an": "Đề án",
  "document.type.chi-thi": "Chỉ thị",
  "document.type.cong-van": "Công văn",
  "document.type.quyet-dinh": "Quyết định",
  "document.type.huong-dan": "Hướng dẫn",
  "document.type.thong-bao": "Thông báo",
  "document.number.unknown": "Không ghi số",
  "documents.title": "Văn bản nguồn",
  "documents.lead": "Các văn bản mà mọi số liệu, tên đơn vị và ngày tháng trên trang được trích từ. Mỗi văn bản có một trang riêng với địa chỉ cố định.",
  "document.field.number": "Số, ký hiệu",
  "document.field.type": "Loại văn bản",
  "document.field.issuer": "Cơ quan ban hành",
  "document.field.signer": "Người ký",
  "document.field.province": "Địa phương",
  "document.field.date": "Thời gian ban hành",
  "document.field.period": "Thời gian báo cáo, thực hiện",
  "document.field.sourceFile": "Bản trích văn bản",
  "document.summary": "Tóm tắt",
  "document.sections": "Các phần chính",
  "document.province.unknown": "Văn bản không nêu tên tỉnh",

  // --- models ---
  "model.kind.truong-hoc-an-toan": "Trường học an toàn về ANTT",
  "model.kind.benh-vien-an-toan": "Bệnh viện an toàn về ANTT",
  "model.kind.cong-ty-an-toan": "Doanh nghiệp, công ty an toàn về ANTT",
  "model.kind.tu-quan": "Tự quản về ANTT",
  "model.kind.doi-cong-nhan-xung-kich": "Đội công nhân xung kích bảo đảm ANTT",
  "model.kind.lien-ket": "Liên kết giữa chính quyền và đơn vị",
  "model.hostType.truong-hoc": "Trường học",
  "model.hostType.benh-vien": "Bệnh viện",
  "model.hostType.doanh-nghiep": "Doanh nghiệp",
  "model.hostType.ngan-hang": "Ngân hàng",
  "model.hostType.co-quan": "Cơ quan",
  "model.hostType.chinh-quyen": "Chính quyền địa phương",
  "model.ownership.nha-nuoc": "Nhà nước",
  "model.ownership.co-phan": "Công ty cổ phần",
  "model.ownership.tu-nhan": "Tư nhân",
  "model.ownership.fdi": "Có vốn đầu tư trực tiếp nước ngoài (FDI)",
  "model.status.da-xay-dung": "Đã xây dựng (theo báo cáo)",
  "model.status.dang-hoat-dong": "Đang hoạt động",
  "model.status.ngung-hoat-dong": "Ngừng hoạt động",
  "model.status.chua-ro": "Chưa rõ",
  "model.unknown": "Văn bản nguồn không nêu",

  // --- statistics themes ---
  "theme.tinh-hinh": "Tình hình ANTT trong CQDNNT",
  "theme.tuyen-truyen": "Tuyên truyền, phổ biến, giáo dục pháp luật",
  "theme.phoi-hop": "Phối hợp bảo đảm ANTT",
  "theme.kiem-tra": "Kiểm tra, hướng dẫn",
  "theme.an-toan-antt": "Công nhận “An toàn về ANTT”",
  "theme.mo-hinh": "Mô hình tổ chức quần chúng",
  "theme.luc-luong": "Lực lượng bảo vệ và tập huấn",
  "theme.dau-tranh": "Đấu tranh phòng, chống tội phạm, vi phạm",
  "theme.khen-thuong": "Thi đua, khen thưởng",
  "theme.ho-so-tinh": "Đặc điểm tỉnh",
  "theme.kinh-phi": "Kinh phí",

  // --- model showcase (issue 3) ---

  // --- commendations ---
  "award.form.co-thi-dua": "Cờ thi đua",
  "award.form.bang-khen": "Bằng khen",
  "award.form.giay-khen": "Giấy khen",
  "award.form.ky-niem-chuong": "Kỷ niệm chương",
  "recipient.tap-the": "Tập thể",
  "recipient.ca-nhan": "Cá nhân",

  // --- statistics pages and charts (issue 4) ---

  // --- commendation pages (issue 5) ---

  // --- search (issue 6) ---
  "search.title": "Tìm kiếm",
  "search.description": "Tìm mô hình điểm, số liệu, khen thưởng và văn bản nguồn của phong trào; gõ có dấu hay không dấu đều được.",
  "search.header.label": "Tìm kiếm trên trang",
  "search.field.label": "Từ cần tìm",
  "search.field.hint": "Gõ có dấu hoặc không dấu, ví dụ “truong hoc an toan”, “don vi”.",
  "search.submit": "Tìm",
  "search.filters": "Lọc kết quả",
  "search.filters.clear": "Bỏ mọi bộ lọc",
  "search.filter.loai": "Loại nội dung",
  "search.filter.loai-mo-hinh": "Loại mô hình",
  "search.filter.huyen": "Huyện, thành phố",
  "search.filter.nam": "Năm của văn bản nguồn",
  "search.filter.option": "{label} ({count})",
  "search.results": "Kết quả tìm kiếm",
  "search.status.loading": "Đang tải bộ tìm kiếm…",
  "search.status.prompt": "Gõ từ cần tìm hoặc chọn một bộ lọc để xem danh sách.",
  "search.status.count": "Tìm thấy {count} kết quả cho “{query}”.",
  "search.status.countFiltered": "Có {count} kết quả theo bộ lọc đã chọn.",
  "search.status.none": "Không tìm thấy kết quả nào cho “{query}”.",
  "search.status.noneFiltered": "Không có kết quả nào theo bộ lọc đã chọn.",
  "search.status.error": "Không tải được bộ tìm kiếm. Hãy tải lại trang, hoặc xem các danh mục dưới đây.",
  "search.none.tips": "Gợi ý: kiểm tra chính tả, dùng ít từ hơn hoặc từ khác (ví dụ tên huyện, tên trường), bỏ bớt bộ lọc, hoặc xem các danh mục:",
  "search.more": "Xem thêm kết quả",
  "search.shown": "Đang hiện {shown} trên {count} kết quả.",
  "search.nojs": "Tìm kiếm cần JavaScript, nhưng trình duyệt đang tắt JavaScript. Mọi nội dung vẫn đọc được qua các danh mục:",
  "search.browse.models": "Danh sách mô hình điểm",
  "search.browse.statistics": "Số liệu theo chủ đề",
  "search.browse.documents": "Văn bản nguồn",
  "search.type.mo-hinh": "Mô hình",
  "search.type.so-lieu": "Số liệu",
  "search.type.muc-tieu": "Mục tiêu",
  "search.type.khen-thuong": "Khen thưởng",
  "search.type.van-ban": "Văn bản",
  "search.page.targets": "Mục tiêu của {document}",
  "search.page.commendations": "Thi đua, khen thưởng",
  "search.page.commendationRules": "Tiêu chuẩn, đối tượng và hồ sơ khen thưởng",
  "search.facts.groups": "{count} nhóm số liệu",
  "search.facts.targets": "{count} mục tiêu",
  "search.facts.entries": "{count} mục",
  "search.facts.recipients": "{count} tập thể, cá nhân",

  // --- feeds, open data (issue 7) ---

  // --- 404 ---
  "notFound.title": "Không tìm thấy trang",
  "notFound.body": "Địa chỉ này không có trên trang. Có thể đường dẫn bị gõ sai hoặc trang đã được chuyển.",
  "notFound.home": "Về trang chủ",
} as const;

export type MessageKey = keyof typeof vi;

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return vi[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
