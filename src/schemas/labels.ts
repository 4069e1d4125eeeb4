/**
 * Vietnamese names of content fields, for messages editors read: `figures.0.value` is shown as
 * "Số liệu thứ 1 › Giá trị [figures.0.value]". One name per field name, whatever the collection.
 */
export const FIELD_LABELS: Record<string, string> = {
  abbr: "Chữ viết tắt", achievement: "Kết quả đạt được", aliases: "Tên cũ (bí danh)", also: "Cách viết khác", alt: "Mô tả ảnh",
  appendix: "Phụ lục", asOf: "Tính đến ngày", authority: "Cấp khen", award: "Hình thức khen thưởng", bloc: "Khối", breakdown: "Chia nhỏ theo đơn vị", caption: "Chú thích ảnh",
  chart: "Vẽ biểu đồ", collectives: "Số tập thể", collectivesOrIndividuals: "Số tập thể hoặc cá nhân", commune: "Xã, phường", count: "Số đơn vị",
  date: "Ngày", dateNote: "Ghi chú về ngày", deadline: "Hạn", decision: "Quyết định", decisionDate: "Ngày quyết định", description: "Mô tả",
  district: "Huyện, thành phố", document: "Văn bản nguồn", draft: "Bản nháp", expansion: "Viết đầy đủ", figures: "Số liệu", foreignCapital: "Tỷ lệ vốn nước ngoài",
  form: "Hình thức", from: "Từ", goals: "Chỉ tiêu", group: "Nhóm", headline: "Số nổi bật", hosts: "Đơn vị tham gia", id: "Mã", images: "Ảnh",
  individuals: "Số cá nhân", industrialPark: "Khu công nghiệp", investorCountry: "Nước đầu tư", issuer: "Cơ quan ban hành", items: "Mục",
  kind: "Loại", label: "Cách ghi", launched: "Năm bắt đầu", lines: "Dòng", location: "Địa bàn", metric: "Chỉ số", name: "Tên", note: "Ghi chú",
  number: "Số hiệu", order: "Thứ tự", organisation: "Đơn vị công tác", outOf: "Trên tổng số", ownership: "Hình thức sở hữu", partOf: "Thuộc số tổng",
  perUnit: "Cho mỗi đơn vị", period: "Kỳ số liệu", province: "Tỉnh", qualifier: "Từ đứng trước số", recipientType: "Tập thể/cá nhân",
  reportingBody: "Đơn vị báo cáo", requirements: "Yêu cầu", rows: "Dòng", rule: "Quy định", section: "Mục trong văn bản", sections: "Các phần",
  shortTitle: "Tên ngắn", signer: "Người ký", source: "Nguồn", sourceFile: "Tệp trích", sources: "Nguồn", src: "Tệp ảnh", status: "Trạng thái",
  summary: "Tóm tắt", text: "Nội dung", theme: "Chủ đề", title: "Tiêu đề", to: "Đến", topic: "Chủ đề", total: "Tổng", type: "Loại đơn vị",
  unit: "Đơn vị tính", units: "Các đơn vị", updated: "Ngày cập nhật", value: "Giá trị", valueMax: "Giá trị tối đa", year: "Năm",
  // Award rules, targets, and what the documents conclude, assign and date.
  internal: "Việc nội bộ của cơ quan ban hành", figure: "Số liệu cùng chỉ tiêu", details: "Các đoạn chi tiết", bodies: "Cơ quan, đơn vị",
  role: "Vai trò", requested: "Đề nghị (không giao)", task: "Nhiệm vụ", when: "Thời hạn", by: "Hạn cuối (theo lịch)", recurring: "Hằng năm",
  dateText: "Ngày như văn bản ghi", instrument: "Văn bản không có số", legalBasis: "Căn cứ pháp lý", undated: "Văn bản không ghi ngày", unitOf: "Đơn vị trực thuộc cơ quan", produced: "Kết quả của mốc này",
  statistics: "Nhóm số liệu", models: "Mô hình", targets: "Mục tiêu",
};

/**
 * Editor-facing name of a dotted field path, e.g. "figures.0.value" → "Số liệu thứ 1 › Giá trị".
 * Unknown names are shown as written; special fields in parentheses ("(tên tệp)") are kept.
 */
export function fieldLabel(path: string): string {
  if (path === "" || path.startsWith("(")) return path;
  const out: string[] = [];
  for (const part of path.split(".")) {
    if (/^\d+$/.test(part) && out.length > 0) out[out.length - 1] = `${out.at(-1)} thứ ${Number(part) + 1}`;
    else out.push(FIELD_LABELS[part] ?? part);
  }
  return out.join(" › ");
}

/**
 * What each content field is for, in the editor's words: the one source of the editing screen's
 * help text under each field (src/lib/cms-config.ts) and of the `description` of the JSON Schemas
 * VS Code shows (scripts/lib/json-schemas.ts). Keyed by field name; "scope.name" overrides it
 * where a name means something else in one place: scope is the collection for a top-level field
 * ("documents.type"), else the field holding it ("figures.period", "rows.award").
 */
export const FIELD_HELP: Record<string, string> = {
  achievement: "Kết quả đã đạt, chỉ khi một văn bản có báo cáo; bỏ trống nếu chưa có.",
  aliases: "Tên tệp cũ của trang này, khi đã đổi tên: địa chỉ cũ vẫn mở được và chuyển sang trang mới.",
  alt: "Bắt buộc: tả nội dung ảnh cho người không xem được ảnh (ít nhất 5 ký tự).",
  appendix: "Phụ lục của Đề án mà mục tiêu dẫn tới, ví dụ “Phụ lục II”; bỏ trống nếu không có.",
  asOf: "Ngày (hoặc tháng, năm) mà kết quả được báo cáo.",
  authority: "Cấp khen đúng như văn bản ghi, ví dụ “Chủ tịch UBND tỉnh”.",
  award: "Hình thức khen thưởng, chọn trong các mục “Khen thưởng: hình thức khen”.",
  "rows.award": "Hình thức khen thưởng của dòng này, chọn trong danh sách; bỏ trống khi dòng đếm mọi hình thức hoặc cả danh sách chỉ có một hình thức.",
  bloc: "Khối hoặc đơn vị đúng như văn bản ghi, ví dụ “Khối huyện”.",
  bodies: "Các cơ quan, đơn vị được nêu cho nhiệm vụ và vai trò của từng nơi.",
  breakdown: "Các dòng nhỏ chia dòng này ra, đúng như văn bản chia.",
  by: "Ngày (hoặc tháng, năm) cuối cùng phải xong, khi văn bản có ghi, ví dụ 2020-09-08.",
  caption: "Chú thích hoặc nguồn ảnh (không bắt buộc).",
  chart: "Bật để vẽ nhóm này thành biểu đồ cột (các số liệu cùng đơn vị tính); tắt thì chỉ hiện bảng.",
  collectives: "Số tập thể được đề nghị khen.",
  collectivesOrIndividuals: "Số “tập thể hoặc cá nhân” khi văn bản cho chọn một trong hai.",
  commune: "Xã, phường, ví dụ “Phường Hoàng Văn Thụ”; để trống nếu không rõ.",
  count: "Số đơn vị mà dòng này gộp lại, khi văn bản đếm gộp (“12 doanh nghiệp”).",
  date: "Ngày đọc rõ, chính xác đến đâu ghi đến đó; dùng để xếp thứ tự.",
  "documents.date": "Ngày ban hành, chính xác đến đâu ghi đến đó.",
  dateNote: "Ghi chú khi ngày chỉ là ước chừng, ví dụ “sau ngày 17/5/2024”.",
  dateText: "Ngày đúng như văn bản viết, kể cả cách viết lạ, ví dụ “15/8/2014”, “tháng 12/2022”.",
  deadline: "Hạn của chỉ tiêu: một năm (“2025”), “hằng năm”, hoặc để trống nếu văn bản không nêu hạn.",
  decision: "Số quyết định khen thưởng đúng như văn bản ghi.",
  decisionDate: "Ngày ký quyết định khen thưởng.",
  description: "Một câu nói nhóm số liệu cho thấy điều gì (cũng là lời tóm tắt của biểu đồ).",
  "goals.description": "Điều cần đạt, đúng lời văn bản.",
  details: "Các đoạn tiếp theo dưới mục này, chép nguyên văn, mỗi đoạn một dòng.",
  district: "Huyện, thành phố; để trống nếu văn bản không nêu.",
  document: "Văn bản nguồn, chọn trong danh sách “Văn bản nguồn”.",
  "assessments.document": "Văn bản mà các mục được chép từ đó; tên tệp trùng mã văn bản.",
  "responsibilities.document": "Văn bản giao các nhiệm vụ này; tên tệp trùng mã văn bản.",
  "events.document": "Văn bản nêu các mốc này; tên tệp trùng mã văn bản.",
  draft: "Bản nháp: bật khi mục còn đang viết. Bản nháp hiện trong bản xem trước nhưng không được công bố; điền xong theo văn bản nguồn thì tắt.",
  figure: "Số liệu đã có (trang Số liệu) đo cùng điều với chỉ tiêu, hiện bên cạnh để đối chiếu; không dùng để đánh giá đạt hay chưa.",
  figures: "Các số liệu của nhóm, mỗi số một mục, đúng như văn bản ghi.",
  foreignCapital: "Tỷ lệ vốn nước ngoài như văn bản ghi, ví dụ “100%”.",
  form: "Hình thức khen thưởng: cờ thi đua, bằng khen, giấy khen hay kỷ niệm chương.",
  from: "Ngày (hoặc tháng, năm) đầu tiên của kỳ.",
  goals: "Các chỉ tiêu đo được nêu trong mục tiêu.",
  group: "Nhóm đúng như văn bản ghi, ví dụ “Tập thể thuộc CQDNCSGD”.",
  "items.group": "Tiêu đề nhỏ mà văn bản đặt mục này ở dưới, ví dụ “Nguyên nhân khách quan”.",
  headline: "Bật để đưa số này vào các số nổi bật của trang chủ.",
  hosts: "Các đơn vị xây dựng hoặc tham gia mô hình (ít nhất một).",
  id: "Mã của số, duy nhất trong mọi nhóm số liệu và bảng khen thưởng; bài viết dẫn số bằng mã này (thẻ So).",
  images: "Ảnh của mô hình, mỗi ảnh có mô tả.",
  individuals: "Số cá nhân được đề nghị khen.",
  industrialPark: "Khu công nghiệp, ví dụ “Khu công nghiệp Quang Châu”; để trống nếu không có hoặc không rõ.",
  instrument: "Tên văn bản không có số, ví dụ “Luật Công an nhân dân”.",
  internal: "Bật cho việc nội bộ của cơ quan ban hành (kế hoạch, báo cáo của các đơn vị), không phải quy định cho người được đề nghị khen; trang thu gọn các mục này.",
  investorCountry: "Nước của nhà đầu tư (doanh nghiệp FDI) như văn bản ghi, ví dụ “Hàn Quốc”.",
  issuer: "Cơ quan ban hành đúng như văn bản ghi.",
  items: "Các mục, theo đúng thứ tự trong văn bản.",
  kind: "Loại mục khen thưởng (tự điền theo danh sách đang mở).",
  "models.kind": "Loại mô hình.",
  "items.kind": "Mục này là ưu điểm, hạn chế, nguyên nhân, bài học, kiến nghị, phương hướng… hay một phần của kế hoạch.",
  label: "Cách văn bản ghi kỳ này, ví dụ “Từ năm 2014 đến nay (9/2019)”.",
  "items.label": "Số thứ tự của mục như văn bản ghi (“1”, “2.1”), nếu có.",
  launched: "Năm bắt đầu xây dựng mô hình; để trống nếu văn bản không nêu.",
  legalBasis: "Bật cho văn bản được nêu là căn cứ pháp lý.",
  lines: "Các dòng phân bổ số được đề nghị khen theo khối, đơn vị.",
  location: "Nơi có mô hình, theo văn bản hoặc theo tên đơn vị.",
  metric: "Điều được đếm, đúng lời văn bản, ví dụ “Buổi tuyên truyền”.",
  models: "Các trang mô hình có từ mốc này, chọn trong danh sách.",
  name: "Tên đúng như văn bản ghi.",
  "models.name": "Tên mô hình đúng như văn bản ghi, ví dụ “Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên”.",
  "bodies.name": "Tên cơ quan, đơn vị; cùng một nơi thì ghi cùng một tên ở mọi tệp (tên làm nên trang riêng của nơi đó).",
  "rows.name": "Tên tập thể hoặc cá nhân được khen.",
  note: "Điều người đọc cần biết để hiểu đúng, hoặc ghi chú của người biên tập (chỗ văn bản ghi nhầm, cách đọc một đoạn chưa rõ).",
  number: "Số, ký hiệu đúng như văn bản ghi, ví dụ “07/CT-BCA-V28”; bỏ trống nếu không có.",
  "documents.number": "Số và ký hiệu đúng như văn bản ghi, ví dụ “Số: /BC-BCĐ”; để trống nếu văn bản không có số.",
  "targets.number": "Số thứ tự của mục tiêu như trong Đề án, ví dụ 2.6.",
  order: "Thứ tự trong danh sách: số nhỏ đứng trước.",
  organisation: "Cơ quan, đơn vị của người được khen (hoặc chính tập thể được khen).",
  outOf: "Với số dạng “x/y” (ví dụ 199/199 xã): số y.",
  ownership: "Hình thức sở hữu của doanh nghiệp; bỏ trống nếu văn bản không nêu.",
  partOf: "Số tổng mà số này là một phần, chọn trong danh sách các số đã có.",
  "rows.partOf": "Dòng tổng mà dòng này là một phần, chọn trong danh sách.",
  perUnit: "Bật khi các số áp dụng cho từng đơn vị của khối (“mỗi đơn vị”).",
  period: "Khoảng thời gian mà các số nói tới.",
  "documents.period": "Khoảng thời gian văn bản báo cáo hoặc lập kế hoạch.",
  "figures.period": "Kỳ riêng của số này; bỏ trống thì dùng kỳ của nhóm.",
  produced: "Số liệu, trang mô hình hoặc mục tiêu có từ mốc này, khi văn bản nói vậy.",
  province: "Tỉnh mà văn bản nói tới; để trống nếu văn bản không nêu tên tỉnh.",
  qualifier: "Từ văn bản đặt trước số: “trên”, “hơn”, “gần”, “khoảng”; bỏ trống nếu không có.",
  recipientType: "Tập thể hay cá nhân (dòng đếm cả hai thì bỏ trống).",
  "commendations.recipientType": "Tiêu chuẩn này dành cho tập thể hay cá nhân.",
  recurring: "Bật cho nhiệm vụ làm hằng năm.",
  reportingBody: "Đơn vị báo cáo hoặc thực hiện, ví dụ “Liên đoàn Lao động tỉnh”.",
  requested: "Bật khi văn bản đề nghị (“Đề nghị …”) chứ không giao: nơi nhận ở ngoài quyền của cơ quan ban hành.",
  requirements: "Từng tiêu chuẩn là một câu riêng, chép nguyên văn.",
  role: "Chủ trì, phối hợp hay được giao thực hiện.",
  rows: "Các dòng, theo thứ tự văn bản.",
  rule: "Quy định chung cho cả hình thức khen, ví dụ “theo hướng dẫn của Bộ Công an”.",
  section: "Phần, mục, chú thích trong văn bản, đánh số như văn bản, ví dụ “Phần I, mục II.2.1, chú thích 3”.",
  sections: "Các đề mục chính của văn bản, đánh số như văn bản, để người đọc dẫn chiếu.",
  shortTitle: "Tên ngắn dùng ở các dòng nguồn, ví dụ “Báo cáo sơ kết 05 năm Chỉ thị 07 (Bắc Giang, 2019)”.",
  signer: "Người ký (chức vụ và họ tên) như văn bản ghi, nếu có.",
  source: "Văn bản và mục nêu điều này.",
  "figures.source": "Nguồn riêng của số này; bỏ trống thì dùng nguồn của nhóm.",
  sourceFile: "Tên tệp trích văn bản (trong thư mục văn bản nguồn) mà nội dung được chép từ đó.",
  sources: "Văn bản và mục nêu các thông tin về mô hình (ít nhất một).",
  src: "Tệp ảnh trong public/images/ (png, jpg, webp, avif hoặc svg).",
  statistics: "Các nhóm số liệu có từ mốc này, chọn trong danh sách.",
  status: "Tình trạng của mô hình theo lần báo cáo gần nhất.",
  summary: "Một hai câu tóm tắt, dùng trong danh sách và thẻ chia sẻ.",
  "documents.summary": "Tóm tắt bằng lời thường: văn bản có những gì.",
  targets: "Bật khi mốc này đặt ra các mục tiêu ở trang Mục tiêu.",
  task: "Nhiệm vụ, chép nguyên văn.",
  text: "Nội dung, chép nguyên văn từ văn bản.",
  "targets.text": "Toàn văn mục tiêu như Đề án ghi.",
  "when.text": "Thời hạn đúng như văn bản viết, ví dụ “trước ngày 08/9/2020”, “Hằng năm”.",
  theme: "Trang chủ đề có nhóm số liệu này.",
  title: "Tiêu đề hiện trên trang.",
  "documents.title": "Tên văn bản đúng như dòng đầu của văn bản.",
  "targets.title": "Tên ngắn của mục tiêu, dùng trong bảng.",
  to: "Ngày (hoặc tháng, năm) cuối cùng của kỳ.",
  topic: "Chủ đề chung để đặt đánh giá của nhiều văn bản cạnh nhau (người biên tập chọn).",
  "commendations.topic": "Loại quy định: đối tượng, trường hợp loại trừ, hồ sơ, thời hạn hay lưu ý.",
  total: "Tổng số văn bản nêu cho hình thức khen này, nếu có (“10 tập thể, cá nhân”).",
  type: "Đơn vị là trường học, bệnh viện, doanh nghiệp, ngân hàng, cơ quan hay chính quyền.",
  "documents.type": "Loại văn bản: báo cáo, kế hoạch, đề án, chỉ thị…",
  unit: "Đơn vị tính như văn bản ghi, ví dụ “buổi”, “lượt người”, “vụ”, “%”.",
  units: "Các đơn vị được nêu tên trong dòng, khi văn bản liệt kê.",
  updated: "Ngày mục này được sửa lần cuối (màn hình biên tập điền sẵn ngày hôm nay).",
  value: "Con số đúng như văn bản ghi.",
  "goals.value": "Con số của chỉ tiêu; để trống khi mục tiêu không nêu số.",
  valueMax: "Đầu trên của chỉ tiêu dạng khoảng (“từ 5%-10%”: Giá trị 5, Giá trị tối đa 10).",
  when: "Thời hạn như văn bản viết; để trống nếu văn bản không nêu.",
  year: "Năm được khen.",
};

/** The help text of field `name` inside `scope` (collection or holding field); undefined if none. */
export function fieldHelp(scope: string, name: string): string | undefined {
  return FIELD_HELP[`${scope}.${name}`] ?? FIELD_HELP[name];
}
