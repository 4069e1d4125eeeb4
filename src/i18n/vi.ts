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
  "models.title": "Mô hình điểm",
  "models.lead": "Các mô hình điểm về bảo đảm an ninh, trật tự trong cơ quan, doanh nghiệp, nhà trường được nêu tên trong các văn bản nguồn. Mỗi mô hình có một trang riêng với địa chỉ cố định.",
  "models.count": "{count} mô hình",
  "models.showing": "Đang hiển thị {shown}/{total} mô hình",
  "models.facets": "Lọc theo",
  "models.facets.lead": "Mỗi mục lọc có một trang riêng với địa chỉ cố định, dùng được cả khi trình duyệt tắt JavaScript.",
  "models.facet.loai": "Loại mô hình",
  "models.facet.huyen": "Huyện, thành phố",
  "models.facet.don-vi": "Loại đơn vị",
  "models.facet.nam": "Năm bắt đầu",
  "models.facet.trang-thai": "Trạng thái",
  "models.facet.nha-dau-tu": "Nước của nhà đầu tư (doanh nghiệp FDI)",
  "models.facet.all": "Tất cả",
  "models.filter.title": "Kết hợp các bộ lọc",
  "models.filter.reset": "Bỏ lọc",
  "models.filter.empty": "Không có mô hình nào khớp với tất cả các bộ lọc đã chọn.",
  "models.hostType.fdi": "Doanh nghiệp FDI",
  "models.district.unknown": "Chưa rõ",
  "models.district.unknown.note": "Văn bản nguồn không nêu huyện, thành phố của các mô hình này.",
  "models.byDistrict": "Danh sách theo huyện, thành phố",
  "models.facetPage.title": "{facet}: {value}",
  "models.facetPage.lead": "Các mô hình điểm có “{facet}” là “{value}”.",
  "models.facetIndex.lead": "Chọn một giá trị để xem các mô hình điểm tương ứng.",
  "models.facetPage.back": "Tất cả mô hình điểm",
  "model.field.kind": "Loại mô hình",
  "model.field.hosts": "Đơn vị tham gia",
  "model.field.district": "Huyện, thành phố",
  "model.field.commune": "Xã, phường",
  "model.field.industrialPark": "Khu công nghiệp",
  "model.field.launched": "Năm bắt đầu",
  "model.field.status": "Trạng thái",
  "model.field.updated": "Trang cập nhật lần cuối",
  "model.host.ownership": "Sở hữu: {ownership}",
  "model.host.investor": "Nhà đầu tư: {country}",
  "model.host.capital": "Vốn nước ngoài: {share}",
  "model.host.count": "{count} đơn vị",
  "model.facts": "Thông tin chính",
  "model.narrative": "Văn bản nguồn nói gì",
  "model.sources": "Văn bản nguồn",
  "model.sources.lead": "Mọi thông tin trên trang này được trích từ các văn bản sau (bấm vào tên văn bản để xem mục lục và tóm tắt).",
  "model.related": "Mô hình liên quan",
  "model.related.none": "Chưa có mô hình khác cùng loại hoặc cùng huyện, thành phố.",
  "model.cite": "Trích dẫn",
  "model.cite.lead": "Khi dẫn lại thông tin của trang này, xin ghi:",
  "model.cite.title": "Tiêu đề",
  "model.cite.url": "Địa chỉ cố định",
  "model.cite.date": "Ngày cập nhật",
  "model.copy": "Sao chép đường dẫn",
  "model.copy.done": "Đã sao chép đường dẫn.",
  "model.copy.failed": "Không sao chép được; hãy chọn và sao chép địa chỉ ở trên.",
  "model.ogAlt": "Thẻ chia sẻ: {name}",
  "redirect.title": "Trang đã chuyển địa chỉ",
  "redirect.body": "Trang này nay ở địa chỉ mới:",
  "documents.citedBy.models": "Mô hình điểm trích từ văn bản này",
  "documents.citedBy.figures": "Số liệu trích từ văn bản này",
  "documents.citedBy.count": "Trích dẫn trên trang: {models} mô hình điểm, {figures} số liệu",
  "documents.citedBy.none": "Chưa có mục nào trên trang trích từ văn bản này.",
  "documents.figures.metric": "Chỉ tiêu",
  "documents.figures.value": "Số liệu",
  "documents.figures.section": "Mục trong văn bản",
  "documents.figures.caption": "{count} số liệu trích từ {document}",

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
