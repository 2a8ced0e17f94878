//! The method's own reasons, as the schema puts them in every journal: the
//! same UUIDs, codes, sides and wording everywhere. An import may not
//! relabel them or move them to another side (a unit test in `services::catalogue`
//! keeps this list and the schema the same).

/// A built-in reason: UUID, code, side, English and Dutch label.
pub struct Builtin {
    pub uuid: &'static str,
    pub code: &'static str,
    pub side: &'static str,
    pub label_en: &'static str,
    pub label_nl: &'static str,
    /// Dutch labels an earlier version gave it: an older export carries
    /// them, and still imports (the journal keeps its own wording).
    pub former_nl: &'static [&'static str],
}

impl Builtin {
    /// Whether `label` is this reason's Dutch label, now or in an earlier
    /// version.
    pub fn is_label_nl(&self, label: &str) -> bool {
        label == self.label_nl || self.former_nl.contains(&label)
    }
}

pub const BUILTIN_REASONS: &[Builtin] = &[
    Builtin {
        uuid: "e0396598-fe5f-415c-ac79-19af448f6079",
        code: "lost-own-need",
        side: "self",
        label_en: "Lost touch with my own need",
        label_nl: "Contact met mijn eigen behoefte kwijtgeraakt",
        former_nl: &[],
    },
    Builtin {
        uuid: "bda64ce1-8d27-482c-9843-0814eb1c3da1",
        code: "accepted-refusal",
        side: "self",
        label_en: "Accepted the refusal too quickly",
        label_nl: "Me te snel laten afschepen",
        former_nl: &["Weigering te snel geaccepteerd (liet me afschepen)"],
    },
    Builtin {
        uuid: "caeaba66-e235-4089-9b1f-24846c8f0622",
        code: "focused-on-objections",
        side: "self",
        label_en: "Focused too much on the client's objections",
        label_nl: "Te veel gericht op de bezwaren van de cliënt",
        former_nl: &[],
    },
    Builtin {
        uuid: "8d1f3f41-cb74-449b-9b88-8f947db3af76",
        code: "how-before-why",
        side: "self",
        label_en: "Worked on \"how\" before being convinced I need them",
        label_nl: "Met het \"hoe\" bezig voordat ik overtuigd was dat ik de ander nodig heb",
        former_nl: &[],
    },
    Builtin {
        uuid: "cde4884c-1286-468b-8ff2-f3fff71ae331",
        code: "resistance-unexplored",
        side: "self",
        label_en: "Didn't explore the resistance",
        label_nl: "Weerstand niet onderzocht",
        former_nl: &[],
    },
    Builtin {
        uuid: "c12594b3-4c6b-4a19-9dc5-7314da25c996",
        code: "spoke-for-them",
        side: "self",
        label_en: "Spoke for them instead of having them say it to each other",
        label_nl: "Voor hen gepraat in plaats van het ze tegen elkaar te laten zeggen",
        former_nl: &[],
    },
    Builtin {
        uuid: "26dea53c-988e-4ed8-8c3a-1a9718e172d6",
        code: "did-not-stoke",
        side: "self",
        label_en: "Didn't help the other voice their discontent",
        label_nl: "De ander niet geholpen zijn ongenoegen te uiten (niet 'gestookt')",
        former_nl: &["Ongenoegen van de ander niet helpen uiten (niet gestookt)"],
    },
    Builtin {
        uuid: "78dc19ea-030c-4de0-9c16-64ad73c569e3",
        code: "went-too-fast",
        side: "self",
        label_en: "Went too fast; no room for silence",
        label_nl: "Te snel gegaan; geen ruimte voor stilte",
        former_nl: &[],
    },
    Builtin {
        uuid: "707fb732-8ac7-4cb2-98ff-519b0cb851de",
        code: "laughed-along",
        side: "self",
        label_en: "Went along with the joke or the change of subject",
        label_nl: "Meegegaan in de grap of het andere onderwerp",
        former_nl: &[],
    },
    Builtin {
        uuid: "b605d557-591c-4e9b-895d-5c659762fe60",
        code: "did-not-mirror",
        side: "self",
        label_en: "Didn't mirror the other's non-helping behaviour",
        label_nl: "Niet-helpend gedrag van de ander niet gespiegeld",
        former_nl: &[],
    },
    Builtin {
        uuid: "8b2dc9b7-8212-41b8-80eb-249ad82c7fa5",
        code: "feels-a-burden",
        side: "client",
        label_en: "Client feels a burden to others",
        label_nl: "Cliënt voelt zich een last",
        former_nl: &[],
    },
    Builtin {
        uuid: "36e782b3-755d-4afc-ae95-21b232a0f99a",
        code: "shame-and-guilt",
        side: "client",
        label_en: "Shame and guilt",
        label_nl: "Schaamte en schuld",
        former_nl: &[],
    },
    Builtin {
        uuid: "3df34572-0c94-4e54-81fa-d49dd6057e03",
        code: "no-room-for-position",
        side: "other",
        label_en: "No room for the other's own position",
        label_nl: "Geen ruimte voor de eigen positie van de ander",
        former_nl: &[],
    },
    Builtin {
        uuid: "37e7a27e-7c51-4a99-a027-1aa3fbe9d4ef",
        code: "other-too-cautious",
        side: "other",
        label_en: "The other waits and stays too careful",
        label_nl: "De ander is te afwachtend en voorzichtig",
        former_nl: &[],
    },
];

/// The built-in reason with this UUID or code.
pub fn builtin_reason(uuid: &str, code: &str) -> Option<&'static Builtin> {
    BUILTIN_REASONS
        .iter()
        .find(|b| b.uuid == uuid || b.code == code)
}
