// .astro/content-modules.mjs
var content_modules_default = /* @__PURE__ */ new Map([
	[".astro/content-staged-31078/models/benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen.mdx", () => import("./benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen_dqs_k7CB.mjs")],
	[".astro/content-staged-31078/models/benh-vien-an-toan-benh-vien-da-khoa-huyen-yen-dung.mdx", () => import("./benh-vien-an-toan-benh-vien-da-khoa-huyen-yen-dung_CYcjIA_w.mjs")],
	[".astro/content-staged-31078/models/benh-vien-an-toan-benh-vien-san-nhi-bac-giang.mdx", () => import("./benh-vien-an-toan-benh-vien-san-nhi-bac-giang_tmgoCtGh.mjs")],
	[".astro/content-staged-31078/models/cong-ty-an-toan-tong-cong-ty-may-bac-giang-lgg-lang-giang.mdx", () => import("./cong-ty-an-toan-tong-cong-ty-may-bac-giang-lgg-lang-giang_CvdD_gPw.mjs")],
	[".astro/content-staged-31078/models/doi-cong-nhan-xung-kich-siflex-viet-nam.mdx", () => import("./doi-cong-nhan-xung-kich-siflex-viet-nam_Du2vkxAt.mjs")],
	[".astro/content-staged-31078/models/doi-tu-quan-fuhong-precision-component-bac-giang.mdx", () => import("./doi-tu-quan-fuhong-precision-component-bac-giang_CmVDkuUj.mjs")],
	[".astro/content-staged-31078/models/lien-ket-phuong-dinh-ke-cong-ty-co-phan-tong-cong-ty-may-bac-giang.mdx", () => import("./lien-ket-phuong-dinh-ke-cong-ty-co-phan-tong-cong-ty-may-bac-giang_BDqEsSGh.mjs")],
	[".astro/content-staged-31078/models/lien-ket-phuong-hoang-van-thu-benh-vien-da-khoa-tinh.mdx", () => import("./lien-ket-phuong-hoang-van-thu-benh-vien-da-khoa-tinh_xEKTRFlB.mjs")],
	[".astro/content-staged-31078/models/lien-ket-phuong-le-loi-truong-trung-cap-y-te-bac-giang.mdx", () => import("./lien-ket-phuong-le-loi-truong-trung-cap-y-te-bac-giang_BQEsGw88.mjs")],
	[".astro/content-staged-31078/models/lien-ket-phuong-ngo-quyen-cac-ngan-hang.mdx", () => import("./lien-ket-phuong-ngo-quyen-cac-ngan-hang_l9SOA5oy.mjs")],
	[".astro/content-staged-31078/models/lien-ket-xa-song-khe-khu-cong-nghiep-song-khe-noi-hoang.mdx", () => import("./lien-ket-xa-song-khe-khu-cong-nghiep-song-khe-noi-hoang_BD8ROT5u.mjs")],
	[".astro/content-staged-31078/models/lien-ket-xa-tan-my-benh-vien-ung-buou-benh-vien-noi-tiet.mdx", () => import("./lien-ket-xa-tan-my-benh-vien-ung-buou-benh-vien-noi-tiet_D23UlPcc.mjs")],
	[".astro/content-staged-31078/models/truong-hoc-an-toan-thpt-hiep-hoa-so-1.mdx", () => import("./truong-hoc-an-toan-thpt-hiep-hoa-so-1_D1ENRELA.mjs")],
	[".astro/content-staged-31078/models/truong-hoc-an-toan-thpt-luc-nam.mdx", () => import("./truong-hoc-an-toan-thpt-luc-nam_BrjVXi1I.mjs")],
	[".astro/content-staged-31078/models/truong-hoc-an-toan-thpt-luc-ngan-so-1.mdx", () => import("./truong-hoc-an-toan-thpt-luc-ngan-so-1_CEPygSjl.mjs")],
	[".astro/content-staged-31078/models/truong-hoc-an-toan-thpt-mo-trang.mdx", () => import("./truong-hoc-an-toan-thpt-mo-trang_daeBxnEq.mjs")],
	[".astro/content-staged-31078/models/truong-hoc-an-toan-thpt-ngo-sy-lien.mdx", () => import("./truong-hoc-an-toan-thpt-ngo-sy-lien_CdQlIXNN.mjs")],
	[".astro/content-staged-31078/models/truong-hoc-an-toan-thpt-son-dong-so-3.mdx", () => import("./truong-hoc-an-toan-thpt-son-dong-so-3_D36B2oIq.mjs")],
	[".astro/content-staged-31078/models/truong-hoc-an-toan-thpt-viet-yen-so-2.mdx", () => import("./truong-hoc-an-toan-thpt-viet-yen-so-2_tn-iT3LD.mjs")],
	[".astro/content-staged-31078/models/truong-hoc-an-toan-truong-cao-dang-ky-thuat-cong-nghiep.mdx", () => import("./truong-hoc-an-toan-truong-cao-dang-ky-thuat-cong-nghiep_CqXcyEF8.mjs")],
	[".astro/content-staged-31078/models/truong-hoc-an-toan-truong-pho-thong-dan-toc-noi-tru-tinh.mdx", () => import("./truong-hoc-an-toan-truong-pho-thong-dan-toc-noi-tru-tinh_Dzi9s_r4.mjs")],
	[".astro/content-staged-31078/models/tu-quan-cong-ty-may-yen-the.mdx", () => import("./tu-quan-cong-ty-may-yen-the_DS4jxnIL.mjs")]
]);
export { content_modules_default as default };
