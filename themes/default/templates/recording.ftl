<#import "_base.ftl" as base>
<@base.layout>
<article class="item recording" lang="${item.lang}">
<@base.itemHeader item/>
<section class="recording-media" aria-label="Recording">
  <p>The recording of this talk will appear here.</p>
</section>
<@base.toc item/>
<div class="content">
${item.contentHtml?no_esc}
</div>
</article>
<@base.neighbours item/>
</@base.layout>
