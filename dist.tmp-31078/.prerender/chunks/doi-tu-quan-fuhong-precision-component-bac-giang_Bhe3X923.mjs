import { n as createVNode, p as Fragment, r as __astro_tag_component__ } from "./jsx-runtime_CgoVUPa1.mjs";
// .astro/content-staged-31078/models/doi-tu-quan-fuhong-precision-component-bac-giang.mdx
function _createMdxContent(props) {
	const _components = Object.assign({ p: "p" }, props.components);
	const { So } = _components;
	if (!So) _missingMdxReference("So", true);
	return createVNode(Fragment, { children: [
		createVNode(_components.p, { children: "Mô hình “Đội tự quản bảo đảm ANTT, an toàn tài sản” của công ty TNHH FUHONG PRECISION COMPONENT Bắc Giang thuộc Khu công nghiệp Đình Trám, huyện Việt Yên, được nêu trong Báo cáo sơ kết 05 năm triển khai thực hiện Chỉ thị số 07/CT-BCA-V28 và 01 năm triển khai thực hiện Công văn số 1010/UBND-NC của Ban Chỉ đạo tỉnh Bắc Giang (tháng 9/2019), mục II.2.5, Phần thứ nhất. Báo cáo ghi đây là doanh nghiệp 100% vốn đầu tư Đài Loan." }),
		"\n",
		createVNode(_components.p, { children: "Theo báo cáo, thực hiện Công văn số 126/V05-P5 ngày 15/02/2019 của Cục Xây dựng phong trào bảo vệ ANTT, Bộ Công an về việc đẩy mạnh công tác xây dựng phong trào toàn dân bảo vệ ANTT, góp phần bảo đảm ANTT trong khu công nghiệp, doanh nghiệp đầu tư trực tiếp nước ngoài, Ban Chỉ đạo tỉnh đã chỉ đạo Công an tỉnh phối hợp với Ban Quản lý các khu công nghiệp tỉnh tuyên truyền, vận động, hướng dẫn xây dựng và ra mắt được nhiều mô hình tổ chức quần chúng làm nhiệm vụ bảo đảm ANTT trong các doanh nghiệp đầu tư trực tiếp nước ngoài. Mô hình này là một trong ba mô hình được báo cáo nêu tên (danh sách kết thúc bằng dấu “…”)." }),
		"\n",
		createVNode(_components.p, { children: [
			"Các văn bản không cho biết ngày ra mắt hay năm bắt đầu của mô hình, số thành viên, kết quả hoạt động riêng hay tình trạng của mô hình sau tháng 9/2019, và cũng không nói mô hình này có được tính trong ",
			createVNode(So, { id: "mo-hinh-diem-tong" }),
			" điểm xây dựng theo Công văn số 1010/UBND-NC hay không."
		] })
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
	"name": "Đội tự quản bảo đảm ANTT, an toàn tài sản của Công ty TNHH FUHONG PRECISION COMPONENT Bắc Giang",
	"kind": "tu-quan",
	"hosts": [{
		"name": "Công ty TNHH FUHONG PRECISION COMPONENT Bắc Giang",
		"type": "doanh-nghiep",
		"ownership": "fdi",
		"investorCountry": "Đài Loan",
		"foreignCapital": "100%"
	}],
	"location": {
		"district": "Việt Yên",
		"commune": null,
		"industrialPark": "Khu công nghiệp Đình Trám"
	},
	"launched": null,
	"status": "da-xay-dung",
	"summary": "Mô hình “Đội tự quản bảo đảm ANTT, an toàn tài sản” của Công ty TNHH FUHONG PRECISION COMPONENT Bắc Giang (doanh nghiệp 100% vốn đầu tư Đài Loan) thuộc Khu công nghiệp Đình Trám, huyện Việt Yên, theo Báo cáo sơ kết 05 năm Chỉ thị 07 (9/2019).",
	"sources": [{
		"document": "bao-cao-so-ket-5-nam-chi-thi-07-2019",
		"section": "Phần thứ nhất, mục II.2.5 (mô hình trong doanh nghiệp FDI)"
	}],
	"images": [],
	"aliases": [],
	"updated": "2026-11-26"
};
function getHeadings() {
	return [];
}
var url = ".astro/content-staged-31078/models/doi-tu-quan-fuhong-precision-component-bac-giang.mdx/";
var file = "/work/main/.astro/content-staged-31078/models/doi-tu-quan-fuhong-precision-component-bac-giang.mdx";
var Content = (props = {}) => MDXContent({
	...props,
	components: {
		Fragment,
		...props.components
	}
});
Content[Symbol.for("mdx-component")] = true;
Content[Symbol.for("astro.needsHeadRendering")] = !Boolean(frontmatter.layout);
Content.moduleId = "/work/main/.astro/content-staged-31078/models/doi-tu-quan-fuhong-precision-component-bac-giang.mdx";
__astro_tag_component__(Content, "astro:jsx");
export { Content, Content as default, file, frontmatter, getHeadings, url };
