<#ftl output_format="HTML">
<#-- Implementation updates (news): lists and blocks shared by the home, section pages and the list pages. -->

<#-- One list of updates: title (link), date, draft mark, and optionally the sections each concerns. -->
<#macro list items headingLevel=3 showSections=true>
<ul class="update-list">
<#list items as u>
  <li class="update-list__item">
    <h${headingLevel} class="update-list__heading"><a href="${u.url}">${u.title}</a></h${headingLevel}>
    <p class="update-list__meta"><time datetime="${u.isoDate}">${u.date}</time><#if u.draft> <@draftMark /></#if></p>
    <#if showSections && u.sections?has_content><p class="update-list__sections">Liên quan: <#list u.sections as s><a href="${s.url}">${s.label}<#if s.document??> (${s.document})</#if></a><#sep>; </#list></p></#if>
  </li>
</#list>
</ul>
</#macro>

<#macro draftMark><strong class="draft-mark">Bản nháp</strong></#macro>

<#-- On a section page: the updates that concern it (extras key "updates"), if any. -->
<#macro related v>
<#if (v.extra.updates)?? && v.extra.updates.items?has_content>
<section class="related-updates" aria-labelledby="cap-nhat-lien-quan">
  <h2 id="cap-nhat-lien-quan">Tin triển khai liên quan</h2>
  <@list v.extra.updates.items 3 false />
  <p><a href="${v.extra.updates.allUrl}">Tất cả tin cập nhật triển khai</a></p>
</section>
</#if>
</#macro>

<#-- On the home: the latest few updates, if any. -->
<#macro latest v>
<#if (v.extra.updates)?? && v.extra.updates.items?has_content>
<section class="latest-updates" aria-labelledby="cap-nhat-moi">
  <h2 id="cap-nhat-moi">Cập nhật triển khai mới nhất</h2>
  <@list v.extra.updates.items 3 false />
  <p><a href="${v.extra.updates.allUrl}">Xem tất cả tin cập nhật</a></p>
</section>
</#if>
</#macro>
