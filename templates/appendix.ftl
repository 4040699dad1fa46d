<#ftl output_format="HTML">
<#-- An appendix published as an open table (appendices.Appendices): caption, column and row headers, a row anchor per row. -->
<#import "layout.ftl" as l>
<#assign v = view?first>
<#assign a = v.extra.appendix>
<@l.page v=v title="${a.title} - ${a.document}" description="${a.title}, phụ lục của ${a.document}, dạng bảng (tải về CSV, JSON).">
<article class="appendix" aria-labelledby="tieu-de">
  <h1 id="tieu-de">${a.title}</h1>
  <p>Phụ lục của <a href="${a.documentUrl}">${a.document}</a>, đăng nguyên văn theo tệp dữ liệu chính thức: ${a.rows?size} hàng. Mỗi hàng có địa chỉ riêng để dẫn tới, ví dụ <a href="#${a.rows[0].anchor}">hàng 1</a>.</p>
  <p class="appendix__downloads">Tải về: <a href="${a.csvUrl}" download>bảng dạng CSV</a>, <a href="${a.jsonUrl}" download>dạng JSON</a>.</p>
  <table class="appendix-table">
    <caption>${a.title}</caption>
    <thead>
      <tr><th scope="col">Hàng</th><#list a.columns as c><th scope="col">${c}</th></#list><#if a.anyUpdates><th scope="col">Cập nhật triển khai</th></#if></tr>
    </thead>
    <tbody>
    <#list a.rows as r>
      <tr id="${r.anchor}"<#if r.heading> class="appendix-heading"</#if>>
        <th scope="row" data-label="Hàng">${r.number}</th>
        <#list r.cells as cell><td class="appendix-cell" data-label="${a.columns[cell?index]}"><#if cell?index == a.leadColumn && r.leadUrl??><a href="${r.leadUrl}">${cell}</a><#else>${cell}</#if></td></#list>
        <#if a.anyUpdates><td data-label="Cập nhật triển khai"><#list r.updates as u><a href="${u.url}">${u.title}</a> (<time datetime="${u.isoDate}">${u.date}</time>)<#sep>; </#list></td></#if>
      </tr>
    </#list>
    </tbody>
  </table>
  <#if a.tasks><p><a href="/co-quan/">Xem nhiệm vụ theo từng cơ quan chủ trì</a>.</p></#if>
</article>
</@l.page>
