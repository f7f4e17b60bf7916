/** How every figure is defined (DESIGN §8b), in words a team lead can repeat to the brand. */
export function Definitions() {
  return (
    <details className="text-sm text-slate-700" data-scout="definitions">
      <summary className="cursor-pointer font-medium">How these figures are counted</summary>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        <li><strong>Period</strong>: UTC calendar days, both ends included; weeks run Monday to Sunday. Each figure is compared with the period just before (the month before for “this month”).</li>
        <li><strong>Owner</strong>: narrows every figure to the creators that owner holds in the pipeline (whoever sent the messages); names match whatever their case or spaces.</li>
        <li><strong>Funnel</strong>: the pipeline as it stands, whatever the period. “Reached” counts creators whose stage history took them to that stage or further, who were sent a message (contacted) or who answered one (replied); creators who later declined or were not a fit still count for the stages they passed. Conversion is reached over reached of the step before.</li>
        <li><strong>Contacted and replied</strong>: a creator belongs to the period of their <em>first message ever</em> (a follow-up is not a new contact), with that message's channel and template. They replied when a message came back after it, or their stage moved to replied or further, or to declined: a refusal is an answer. Median hours to reply counts only creators who answered with a message.</li>
        <li><strong>Messages sent</strong>: every outbound message inside the period, by week and by the teammate who sent it.</li>
        <li><strong>Samples</strong>: samples sent, delivered and posted inside the period, each by its own date.</li>
        <li><strong>GMV</strong>: imported Seller Center rows whose period overlaps the chosen one (monthly rows are counted whole, not prorated: the page says which days they cover). GMV per sample is the GMV of creators sent a sample in the period divided by the samples sent.</li>
      </ul>
    </details>
  );
}
