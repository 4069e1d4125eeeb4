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
