<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "updates-lib.ftl" as up>
<#assign v = view?first>
<#assign u = v.extra.update>
<@l.page v=v title="${v.page.title} - Cập nhật triển khai" description="${v.page.title}">
<article class="update" aria-labelledby="tieu-de">
  <#if u.draft><p class="draft-banner"><@up.draftMark />: bài này chỉ hiện khi xem trước, chưa được đăng.</p></#if>
  <h1 id="tieu-de">${v.page.title}</h1>
  <p class="update__date">Ngày đăng: <time datetime="${u.isoDate}">${u.date}</time></p>
  <nav class="update__sections" aria-labelledby="lien-quan-title">
    <h2 id="lien-quan-title">Phần văn bản liên quan</h2>
    <ul>
    <#list u.sections as s>
      <li><a href="${s.url}">${s.label}: ${s.title}<#if s.document??> (${s.document})</#if></a></li>
    </#list>
    </ul>
  </nav>
  <div class="update__body">
  ${content.body?no_esc}
  </div>
  <p><a class="update__all" href="/cap-nhat/">Tất cả tin cập nhật triển khai</a></p>
</article>
</@l.page>
