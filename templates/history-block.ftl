<#ftl output_format="HTML">
<#-- Blocks of the history concern (v.extra.history), used by section, cover and full-text pages. Every macro
     shows nothing when the extra is absent. -->

<#-- Section page: when the text last changed, and its history. -->
<#macro lastChanged v>
<#if v.extra.history??>
<#assign hh = v.extra.history>
<p class="last-changed">Cập nhật lần cuối: <time datetime="${hh.lastChangedIso}">${hh.lastChanged}</time> · <a href="${hh.historyUrl}">Lịch sử thay đổi</a></p>
</#if>
</#macro>

<#-- Cover and full text: when the document last changed. -->
<#macro docLastChanged v>
<#if v.extra.history??>
<#assign hh = v.extra.history>
<p class="last-changed">Văn bản cập nhật lần cuối: <time datetime="${hh.lastChangedIso}">${hh.lastChanged}</time><#if hh.changes?has_content> (${hh.changes?size} lần thay đổi đã ghi nhận)</#if></p>
</#if>
</#macro>

<#-- The notice that replaces an abolished section's text. -->
<#macro abolishedNotice a>
<div class="abolished" role="note">
  <p><strong>Phần này đã bị bãi bỏ</strong> từ ngày <time datetime="${a.isoDate}">${a.date}</time> theo ${a.basis}.</p>
  <#if a.lastTextUrl??><p><a href="${a.lastTextUrl}">Đọc văn bản cuối cùng trước khi bãi bỏ</a> (không còn hiệu lực).</p></#if>
</div>
</#macro>

<#-- Section page: the official text (nested), or the notice when the section is abolished. -->
<#macro officialText v>
<#if (v.extra.history.abolished)??>
<@abolishedNotice v.extra.history.abolished />
<#else>
<div class="official-text">
<#nested>
</div>
</#if>
</#macro>

<#-- Full-text page: one section's text (nested), or the notice when it is abolished. -->
<#macro fullTextSection v s>
<#if (v.extra.history.abolished[s.id])??>
<@abolishedNotice v.extra.history.abolished[s.id] />
<#else>
<div class="official-text">
<#nested>
</div>
</#if>
</#macro>
