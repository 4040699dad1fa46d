<#ftl output_format="HTML">
<#-- Included by document.ftl: the official files as downloads, with their signature report (originals.Originals). -->
<#if (v.extra.originals.items)?has_content>
<section class="originals" aria-labelledby="ban-goc-title">
  <h2 id="ban-goc-title">Bản gốc</h2>
  <p>Tải về tệp chính thức để đối chiếu với nội dung đăng trên trang này.</p>
  <ul class="originals__list">
  <#list v.extra.originals.items as o>
    <li class="original" id="ban-goc-${o?counter}">
      <p class="original__file"><a href="${o.url}" download>Tải về ${o.name}</a></p>
      <p class="original__facts">${o.kindLabel}<#if o.pages??>, ${o.pages} trang</#if><#if o.pdfVersion??>, định dạng PDF ${o.pdfVersion}</#if>, ${o.size}</p>
      <#if o.note??><p class="original__note">${o.note}</p></#if>
      <#list o.signatures as s>
      <#assign after = s.documentTimestamp?then("sau đó", "sau khi ký")>
      <p class="original__signature"><#if s.documentTimestamp>Có dấu thời gian của ${s.signer}<#if s.time??>, đóng lúc ${s.time}</#if><#else>Có chữ ký số của ${s.signer}<#if s.time??>, ký lúc ${s.time}</#if></#if><#if s.intact>; tệp không bị sửa ${after}<#if s.validationAfter> (${after} chỉ được thêm thông tin dùng để kiểm tra chữ ký: chứng thư, trạng thái thu hồi)</#if>.<#else> trên một phiên bản trước của tệp; ${s.documentTimestamp?then("sau đó", "sau chữ ký này")} tệp được ký tiếp.</#if><#if s.reason??> Lý do ký: ${s.reason}.</#if></p>
      </#list>
      <p class="original__checksum">Mã kiểm tra SHA-256: <code>${o.sha256}</code></p>
    </li>
  </#list>
  </ul>
  <#if v.extra.originals.anySigned>
  <p class="originals__honesty">Trang này kiểm tra rằng chữ ký số khớp với nội dung tệp (tệp không bị sửa sau khi ký), nhưng không kiểm tra chứng thư số của người ký (do tổ chức nào cấp, còn hiệu lực hay đã bị thu hồi). Muốn kiểm tra đầy đủ, mở tệp bằng phần mềm đọc PDF có kiểm tra chữ ký số.</p>
  </#if>
</section>
</#if>
