// The UI the content script mounts beside each composer, and the options page reuses.
export { ComposerBadge, badgeLabel, type ComposerBadgeProps } from './ComposerBadge.tsx';
export { FindingCard, type FindingCardProps } from './FindingCard.tsx';
export { FindingsPanel, EMPTY_MESSAGE, type FindingsPanelProps } from './FindingsPanel.tsx';
export { SendConfirmDialog, type SendConfirmDialogProps } from './SendConfirmDialog.tsx';
export { UiStyles } from './UiStyles.tsx';
export { UI_CSS, SEVERITY_COLOURS, SEVERITY_TINTS, PALETTE } from './styles.ts';
export { SEVERITY_LABELS, SEVERITY_ORDER, SeverityTag, describeCounts } from './severity.tsx';
export { RULE_TITLES } from './rule-titles.ts';
