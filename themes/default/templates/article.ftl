<#import "_base.ftl" as base>
<@base.layout>
<article class="item article" lang="${item.lang}">
<@base.itemHeader item/>
<@base.toc item/>
<div class="content">
${item.contentHtml?no_esc}
</div>
</article>
<@base.neighbours item/>
</@base.layout>
