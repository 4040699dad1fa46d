<#ftl output_format="HTML">
<#-- One lead agency's tasks across every document's task-assignment appendix (appendices.Agencies). -->
<#import "layout.ftl" as l>
<#assign v = view?first>
<#assign g = v.extra.agency>
<@l.page v=v title="${g.name} - nhiệm vụ chủ trì" description="Các nhiệm vụ ${g.name} chủ trì theo phụ lục phân công nhiệm vụ.">
<article class="agency" aria-labelledby="tieu-de">
  <h1 id="tieu-de">${g.name}</h1>
  <p>${g.tasks?size} nhiệm vụ do ${g.name} chủ trì, theo phụ lục phân công nhiệm vụ của các văn bản trên trang này. <a href="${g.listUrl}">Các cơ quan khác</a>.</p>
  <ol class="agency__tasks">
  <#list g.tasks as t>
    <li class="agency-task">
      <p class="agency-task__name"><a href="${t.url}">${t.task}</a></p>
      <dl class="agency-task__facts">
        <#if t.partners??><dt>Cơ quan phối hợp</dt><dd>${t.partners}</dd></#if>
        <#if t.deadline??><dt>Thời hạn</dt><dd>${t.deadline}</dd></#if>
        <#if t.product??><dt>Sản phẩm</dt><dd>${t.product}</dd></#if>
        <dt>Nguồn</dt><dd>${t.appendix}, ${t.document}</dd>
      </dl>
      <#if t.updates?has_content><p class="agency-task__updates">Cập nhật triển khai: <#list t.updates as u><a href="${u.url}">${u.title}</a> (<time datetime="${u.isoDate}">${u.date}</time>)<#sep>; </#list></p></#if>
    </li>
  </#list>
  </ol>
</article>
</@l.page>
