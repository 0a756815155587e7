import type { ScenarioDefinition } from "../format.ts";
import afterSchoolPolicy from "./after-school-policy.ts";
import chemicalFireRumour from "./chemical-fire-rumour.ts";
import demolitionVideo from "./demolition-video.ts";
import medicalReformPresser from "./medical-reform-presser.ts";
import nightConstructionMailbox from "./night-construction-mailbox.ts";
import schoolDistrictRisk from "./school-district-risk.ts";
import typhoonRumours from "./typhoon-rumours.ts";
import villageAffairsComplaint from "./village-affairs-complaint.ts";
import wageArrears12345 from "./wage-arrears-12345.ts";
import weekly12345Triage from "./weekly-12345-triage.ts";

/** The scenarios shipped with the product, in the order the apps list them. */
export const builtInScenarios: ScenarioDefinition[] = [
  wageArrears12345,
  nightConstructionMailbox,
  typhoonRumours,
  chemicalFireRumour,
  schoolDistrictRisk,
  demolitionVideo,
  afterSchoolPolicy,
  medicalReformPresser,
  villageAffairsComplaint,
  weekly12345Triage,
];

export function getBuiltInScenario(id: string): ScenarioDefinition | undefined {
  return builtInScenarios.find((s) => s.id === id);
}
