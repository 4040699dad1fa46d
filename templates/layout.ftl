<#ftl output_format="HTML">
<#-- Shared page frame and blocks. Every template starts with output_format="HTML": values are escaped. -->
<#macro page v title description="" module="" robots="">
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<@policies />
<title>${title}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<#if robots?has_content><meta name="robots" content="${robots}"><#elseif (v.extra.history.noindex)!false><meta name="robots" content="noindex"></#if>
<meta property="og:title" content="${title}">
<#if description?has_content><meta property="og:description" content="${description}"></#if>
<meta property="og:type" content="<#if v.section??>article<#else>website</#if>">
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="${v.site.title}">
<#if v.site.baseUrl?has_content><meta property="og:url" content="${v.site.baseUrl}${v.page.url}"></#if>
<#if v.site.baseUrl?has_content><link rel="canonical" href="${v.site.baseUrl}${v.page.url}"></#if>
<#list (v.extra.feeds)![] as f><link rel="alternate" type="application/atom+xml" title="${f.title}" href="${f.url}">
</#list>
<link rel="stylesheet" href="/css/site.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script type="module" src="/js/site.js"></script>
<#if module?has_content><script type="module" src="${module}"></script></#if>
<#include "structured-head.ftl">
</head>
<body>
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-name" href="/">${v.site.title}</a>
    <form class="search-form" role="search" action="${v.site.searchUrl}" method="get">
      <label for="q-top" class="visually-hidden">Tìm trong kế hoạch</label>
      <input id="q-top" class="search-input" type="search" name="q" placeholder="Tìm: chuyen doi so" autocomplete="off">
      <button type="submit">Tìm</button>
    </form>
  </div>
</header>
<#if v.page.type != "home">
<nav class="breadcrumbs" aria-label="Vị trí trang">
  <ol>
  <#list v.crumbs as c>
    <li><a href="${c.url}">${c.title}</a></li>
  </#list>
    <li><span aria-current="page">${v.here}</span></li>
  </ol>
</nav>
</#if>
<div class="layout<#if v.toc??> layout--with-toc</#if>">
<#if v.toc??>
<nav class="toc" aria-labelledby="toc-title">
  <a class="toc-jump" href="#toc-title">Mục lục</a>
  <details class="toc__details">
    <summary id="toc-title">Mục lục</summary>
    <@tocList v.toc />
    <#if v.doc?? && v.doc.fullTextUrl?? && v.page.type != "fulltext"><p class="toc__full"><a href="${v.doc.fullTextUrl}">Xem toàn văn trên một trang</a></p></#if>
  </details>
</nav>
</#if>
<main id="noi-dung" tabindex="-1">
<#if v.doc??><p class="print-only print-source">${v.doc.citation}</p></#if>
<#nested>
<@feedList v />
<p class="print-only">Địa chỉ trang: <span class="page-url">${v.site.baseUrl}${v.page.url}</span></p>
<p><a class="back-to-top" href="#noi-dung">Lên đầu trang</a></p>
</main>
</div>
<footer class="site-footer">
  <p>Văn bản được đăng nguyên văn theo bản gốc. Các tiêu đề "Phần mở đầu", "Phần kết thúc", phần trích dẫn và ghi chú về phụ lục do trang này thêm vào để dễ đọc.</p>
  <nav aria-label="Liên kết chân trang">
    <ul>
      <li><a href="/">Trang chủ</a></li>
      <li><a href="${v.site.searchUrl}">Tìm kiếm</a></li>
      <li><a href="/cap-nhat/">Cập nhật triển khai</a></li>
      <#if v.doc?? && v.doc.fullTextUrl??><li><a href="${v.doc.fullTextUrl}">Toàn văn kế hoạch</a></li></#if>
    </ul>
  </nav>
</footer>
</body>
</html>
</#macro>

<#-- Every page's policies: no inline script or style, nothing from another origin; a short referrer. -->
<#macro policies>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<meta name="referrer" content="strict-origin-when-cross-origin">
</#macro>

<#-- The Atom feeds of a page (extras key "feeds"), visible, for readers who follow changes. -->
<#macro feedList v>
<#if (v.extra.feeds)?has_content>
<aside class="feeds" aria-labelledby="theo-doi-title">
  <h2 id="theo-doi-title">Theo dõi</h2>
  <p>Nhận tin khi có thay đổi bằng trình đọc tin (Atom):</p>
  <ul>
  <#list v.extra.feeds as f>
    <li><a href="${f.url}" type="application/atom+xml">${f.title}</a></li>
  </#list>
  </ul>
</aside>
</#if>
</#macro>

<#macro tocList entries>
<ol class="toc__list">
<#list entries as e>
  <li<#if e.current> class="is-current"</#if>>
    <a href="${e.href}"<#if e.current> aria-current="page"</#if>><span class="toc__label">${e.label}</span><#if e.title != e.label> <span class="toc__title">${e.title}</span></#if></a>
    <#if e.children?has_content><@tocList e.children /></#if>
  </li>
</#list>
</ol>
</#macro>

<#-- The metadata table of a document's cover. -->
<#macro metaTable d>
<table class="meta">
  <caption class="visually-hidden">Thông tin văn bản</caption>
  <tbody>
    <tr><th scope="row">Số hiệu</th><td>${d.so_hieu}</td></tr>
    <tr><th scope="row">Loại văn bản</th><td>${d.loai_van_ban}</td></tr>
    <tr><th scope="row">Cơ quan ban hành</th><td>${d.co_quan_ban_hanh}</td></tr>
    <tr><th scope="row">Ngày ban hành</th><td>${d.ngay_ban_hanh}</td></tr>
    <tr><th scope="row">Ngày có hiệu lực</th><td>${d.ngay_hieu_luc}</td></tr>
    <tr><th scope="row">Người ký</th><td>${d.nguoi_ky}</td></tr>
    <tr><th scope="row">Lĩnh vực</th><td>${d.linh_vuc}</td></tr>
  </tbody>
</table>
</#macro>

<#-- Ways into a document from its cover. -->
<#macro coverActions d>
<p class="cover__actions">
  <#if d.firstUrl??><a class="button" href="${d.firstUrl}">Đọc từng phần</a></#if>
  <#if d.fullTextUrl??><a class="button button--secondary" href="${d.fullTextUrl}">Đọc toàn văn</a></#if>
  <#nested>
</p>
</#macro>

<#-- The document's heading block (quốc hiệu, số, địa danh và ngày, tên loại và trích yếu). subjectHtml: the
     trích yếu with its citations linked (citations.CitationPages), same text. -->
<#macro headingBlock d subjectHtml="">
<div class="doc-heading" id="dau-van-ban">
  <div class="doc-heading__row">
    <p class="doc-heading__agency">${d.header_agency}</p>
    <p class="doc-heading__motto">${d.header_motto}</p>
  </div>
  <div class="doc-heading__row">
    <p class="doc-heading__number">${d.header_number}</p>
    <p class="doc-heading__date">${d.header_place_date}</p>
  </div>
  <p class="doc-heading__kind">${d.header_kind}</p>
  <p class="doc-heading__subject"><#if subjectHtml?has_content>${subjectHtml?no_esc}<#else>${d.header_subject}</#if></p>
</div>
</#macro>

<#-- The signature block, as far as the source has it, and the honest note on the appendices. -->
<#macro signatureBlock d>
<div class="signature" id="chu-ky">
  <p class="signature__authority">${d.signature_authority}</p>
  <#list (d.signature_titles)![] as t><p class="signature__title">${t}</p></#list>
  <p class="signature__name">${d.nguoi_ky}</p>
</div>
<#if (d.noi_nhan)?has_content>
<div class="recipients" id="noi-nhan">
  <p class="recipients__label">Nơi nhận:</p>
  <#list d.noi_nhan as r><p class="recipients__item">${r}</p></#list>
</div>
</#if>
<@appendicesNotice d />
</#macro>

<#-- The honest note that the appendices the text mentions are not published here. -->
<#macro appendicesNotice d>
<#if d.appendices_note??>
<aside class="notice" aria-labelledby="phu-luc-title">
  <h2 id="phu-luc-title">Về các phụ lục</h2>
  <p>${d.appendices_note}</p>
</aside>
</#if>
</#macro>
