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
  "stats.title": "Số liệu",
  "stats.lead": "Số liệu kết quả thực hiện phong trào theo từng chủ đề, đúng như các văn bản nguồn báo cáo. Mỗi biểu đồ có bảng số liệu, nguồn, tệp tải về và mã nhúng.",
  "stats.description": "Số liệu kết quả phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường, theo chủ đề, có nguồn văn bản.",
  "stats.themes": "Số liệu theo chủ đề",
  "stats.theme.groups": "{count} nhóm số liệu",
  "stats.theme.description": "{theme}: số liệu theo văn bản nguồn, có biểu đồ, bảng, nguồn và tệp tải về.",
  "stats.period": "Thời gian số liệu",
  "stats.updated": "Số liệu thay đổi lần cuối",
  "stats.headline": "Số liệu nổi bật",
  "stats.headline.lead": "Một số số liệu chính, trích nguyên văn từ các văn bản nguồn:",
  "stats.back": "Tất cả chủ đề số liệu",
  "stats.consistency.title": "Các số thành phần không khớp với tổng",
  "stats.consistency.note": "Văn bản nêu tổng {total} là {reported}; các số thành phần ({parts}) cộng lại được {sum}, chênh lệch {difference}. Trang giữ nguyên cả hai số như văn bản báo cáo.",
  "stats.consistency.ok": "Các số thành phần cộng lại đúng bằng tổng {reported}.",
  "chart.summary": "Tóm tắt",
  "chart.table": "Bảng số liệu",
  "chart.column.metric": "Nội dung",
  "chart.column.body": "Đơn vị báo cáo",
  "chart.column.value": "Số liệu",
  "chart.column.qualifier": "Từ đi kèm số",
  "chart.column.outOf": "Trên tổng số",
  "chart.column.unit": "Đơn vị tính",
  "chart.column.note": "Ghi chú",
  "chart.row.period": "Thời gian: {period}.",
  "chart.canvas": "Biểu đồ cột: {title}. Số liệu chi tiết ở bảng ngay dưới.",
  "chart.downloads": "Tải về",
  "chart.download.csv": "Bảng số liệu (CSV, mở được bằng Excel)",
  "chart.download.json": "Dữ liệu (JSON)",
  "chart.download.png": "Ảnh biểu đồ (PNG)",
  "chart.embed": "Nhúng biểu đồ vào trang khác",
  "chart.embed.label": "Mã nhúng (chép và dán vào trang của bạn)",
  "chart.embed.copy": "Chép mã nhúng",
  "chart.embed.copied": "Đã chép mã nhúng.",
  "chart.embed.home": "Xem trên trang {site}",
  "chart.embed.description": "Biểu đồ nhúng: {title}.",
  "figure.unknown": "Không có số liệu mã \"{id}\" trong content/statistics. Kiểm tra lại mã (trường \"id\" của số liệu) trong trang {page}.",
  "targets.title": "Mục tiêu 2020–2025",
  "targets.lead": "Các mục tiêu của Đề án nâng cao chất lượng, hiệu quả phong trào giai đoạn 2020–2025: chỉ tiêu, thời hạn, kết quả đạt được khi có văn bản báo cáo, và tình trạng.",
  "targets.summary": "{total} chỉ tiêu: {dat} đạt, {chuaDat} chưa đạt, {none} chưa có số liệu.",
  "targets.none": "Chưa có mục tiêu nào trong nội dung.",
  "targets.goal": "Chỉ tiêu",
  "targets.goal.value": "Mức cần đạt",
  "targets.goal.noValue": "Không nêu số",
  "targets.deadline": "Thời hạn",
  "targets.achievement": "Kết quả đạt được",
  "targets.achievement.none": "Chưa có văn bản báo cáo",
  "targets.achievement.asOf": "tính đến {date}",
  "targets.status": "Tình trạng",
  "targets.status.dat": "Đạt",
  "targets.status.chua-dat": "Chưa đạt",
  "targets.status.chua-co-so-lieu": "Chưa có số liệu",
  "targets.text": "Nguyên văn mục tiêu",
  "targets.appendix": "Xem {appendix} của Đề án.",
  "targets.budget": "Kinh phí thực hiện",

  // --- commendation pages (issue 5) ---

  // --- search (issue 6) ---

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
