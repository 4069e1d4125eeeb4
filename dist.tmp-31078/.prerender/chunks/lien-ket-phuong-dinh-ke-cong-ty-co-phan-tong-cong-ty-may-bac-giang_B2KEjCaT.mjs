import { n as createVNode, p as Fragment, r as __astro_tag_component__ } from "./jsx-runtime_CgoVUPa1.mjs";
// .astro/content-staged-31078/models/lien-ket-phuong-dinh-ke-cong-ty-co-phan-tong-cong-ty-may-bac-giang.mdx
function _createMdxContent(props) {
	const _components = Object.assign({ p: "p" }, props.components);
	const { So } = _components;
	if (!So) _missingMdxReference("So", true);
	return createVNode(Fragment, { children: [
		createVNode(_components.p, { children: "Mô hình “Liên kết bảo đảm ANTT giữa UBND phường Đình Kế với Công ty cổ phần Tổng Công ty may Bắc Giang” được nêu trong Báo cáo sơ kết 05 năm triển khai thực hiện Chỉ thị số 07/CT-BCA-V28 và 01 năm triển khai thực hiện Công văn số 1010/UBND-NC của Ban Chỉ đạo tỉnh Bắc Giang (tháng 9/2019), ở chú thích 4 của mục II.2.5, Phần thứ nhất. Đây là mô hình liên kết giữa chính quyền địa phương và một doanh nghiệp (công ty cổ phần)." }),
		"\n",
		createVNode(_components.p, { children: [
			"Theo báo cáo, thực hiện Công văn số 1010/UBND-NC ngày 04/4/2018 của Chủ tịch UBND tỉnh, Công an tỉnh, các sở, ban, ngành tỉnh và Ban Chỉ đạo huyện, thành phố đã xây dựng mới được ",
			createVNode(So, { id: "mo-hinh-diem-tong" }),
			" điểm trong các bệnh viện, nhà trường và doanh nghiệp (văn bản chia thành ",
			createVNode(So, { id: "mo-hinh-diem-an-toan-antt" }),
			" CQDNNT “An toàn về ANTT”, ",
			createVNode(So, { id: "mo-hinh-diem-tu-quan" }),
			" tự quản và ",
			createVNode(So, { id: "mo-hinh-diem-lien-ket" }),
			" liên kết; các phần này cộng lại không bằng số tổng, xem trang số liệu về mô hình). Chú thích 4 liệt kê tên các mô hình điểm, trong đó có mô hình này, và kết thúc bằng dấu “…”."
		] }),
		"\n",
		createVNode(_components.p, { children: "Các văn bản không cho biết năm bắt đầu xây dựng mô hình, cách tổ chức, số thành viên, kết quả hoạt động riêng của mô hình hay tình trạng của mô hình sau tháng 9/2019. Văn bản cũng không nêu phường, xã này thuộc huyện, thành phố nào." })
	] });
}
function MDXContent(props = {}) {
	const { wrapper: MDXLayout } = props.components || {};
	return MDXLayout ? createVNode(MDXLayout, Object.assign({}, props, { children: createVNode(_createMdxContent, props) })) : _createMdxContent(props);
}
function _missingMdxReference(id, component) {
	throw new Error("Expected " + (component ? "component" : "object") + " `" + id + "` to be defined: you likely forgot to import, pass, or provide it.");
}
var frontmatter = {
	"name": "Liên kết bảo đảm ANTT giữa UBND phường Đình Kế với Công ty cổ phần Tổng Công ty may Bắc Giang",
	"kind": "lien-ket",
	"hosts": [{
		"name": "UBND phường Đình Kế",
		"type": "chinh-quyen"
	}, {
		"name": "Công ty cổ phần Tổng Công ty may Bắc Giang",
		"type": "doanh-nghiep",
		"ownership": "co-phan"
	}],
	"location": {
		"district": null,
		"commune": "Phường Đình Kế",
		"industrialPark": null
	},
	"launched": null,
	"status": "da-xay-dung",
	"summary": "Mô hình điểm “Liên kết bảo đảm ANTT giữa UBND phường Đình Kế với Công ty cổ phần Tổng Công ty may Bắc Giang”, được Báo cáo sơ kết 05 năm Chỉ thị 07 (9/2019) nêu trong số các mô hình điểm đã xây dựng theo Công văn số 1010/UBND-NC.",
	"sources": [{
		"document": "bao-cao-so-ket-5-nam-chi-thi-07-2019",
		"section": "Phần thứ nhất, mục II.2.5, chú thích 4"
	}],
	"images": [],
	"aliases": [],
	"updated": "2026-11-26"
};
function getHeadings() {
	return [];
}
var url = ".astro/content-staged-31078/models/lien-ket-phuong-dinh-ke-cong-ty-co-phan-tong-cong-ty-may-bac-giang.mdx/";
var file = "/work/main/.astro/content-staged-31078/models/lien-ket-phuong-dinh-ke-cong-ty-co-phan-tong-cong-ty-may-bac-giang.mdx";
var Content = (props = {}) => MDXContent({
	...props,
	components: {
		Fragment,
		...props.components
	}
});
Content[Symbol.for("mdx-component")] = true;
Content[Symbol.for("astro.needsHeadRendering")] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/.astro/content-staged-31078/models/lien-ket-phuong-dinh-ke-cong-ty-co-phan-tong-cong-ty-may-bac-giang.mdx";
__astro_tag_component__(Content, "astro:jsx");
export { Content, Content as default, file, frontmatter, getHeadings, url };
