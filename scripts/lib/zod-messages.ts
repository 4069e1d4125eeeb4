/** Vietnamese wording for zod's generic issues; schema-specific messages (in src/schemas) take precedence. */
import type { z } from "zod";

const typeNames: Record<string, string> = {
  string: "một đoạn chữ đặt trong dấu nháy kép",
  number: "một số (không đặt trong dấu nháy)",
  int: "một số nguyên",
  boolean: "true hoặc false",
  array: "một danh sách trong dấu [ ]",
  object: "một nhóm trường trong dấu { }",
  null: "null",
};

export function vietnameseError(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `trường bắt buộc, cần ${typeNames[issue.expected] ?? issue.expected}`;
      return `cần ${typeNames[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "string") return issue.minimum === 1 ? "không được để trống" : `cần ít nhất ${issue.minimum} ký tự`;
      if (issue.origin === "array") return `cần ít nhất ${issue.minimum} mục`;
      return `phải lớn hơn hoặc bằng ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "array") return `nhiều nhất ${issue.maximum} mục`;
      return `phải nhỏ hơn hoặc bằng ${issue.maximum}`;
    case "unrecognized_keys":
      return "xóa trường này hoặc sửa lại tên trường cho đúng (xem hướng dẫn biên tập)";
    case "invalid_value":
      return `một trong: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_union":
      return "giá trị không khớp với dạng nào được phép";
    default:
      return undefined;
  }
}
