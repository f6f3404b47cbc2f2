<#import "_base.ftl" as base>
<@base.layout>
<@base.itemPage item "recording">
<section class="recording-media" aria-label="Recording">
  <p>The recording of this talk will appear here.</p>
</section>
</@base.itemPage>
</@base.layout>
