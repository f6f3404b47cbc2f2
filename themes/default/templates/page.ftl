<#import "_base.ftl" as base>
<@base.layout>
<article class="item page" lang="${item.lang}">
<header class="item-header"><h1>${item.title}</h1></header>
<div class="content">
${item.contentHtml?no_esc}
</div>
</article>
</@base.layout>
