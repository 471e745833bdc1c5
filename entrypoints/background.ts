import { defineBackground } from 'wxt/utils/define-background';

// The background does no checking and makes no requests; drafts stay in the page.
export default defineBackground(() => {});
