//! Unit tests of the export format: reading, checking, the UUID set.

use super::uuids::UuidSet;
use super::*;

fn minimal() -> String {
    r#"{"format":"spiegel-export","version":1,"anonymized":false,
        "reasons":[],"cases":[],"meetings":[],"goals":[]}"#
        .to_string()
}

#[test]
fn an_empty_export_parses() {
    assert!(parse(minimal().as_bytes()).unwrap().cases.is_empty());
}

#[test]
fn the_wrong_format_or_version_is_named() {
    let e = parse(
        minimal()
            .replace("\"version\":1", "\"version\":4")
            .as_bytes(),
    )
    .unwrap_err();
    assert!(
        e.to_string().starts_with("version: format version 4"),
        "{e}"
    );
    let e = parse(b"{\"format\":\"x\"}").unwrap_err();
    assert!(e.to_string().starts_with("format:"), "{e}");
}

#[test]
fn truncated_json_says_where() {
    let text = minimal();
    let e = parse(&text.as_bytes()[..text.len() / 2]).unwrap_err();
    assert!(e.to_string().contains("line"), "{e}");
}

#[test]
fn keys_in_any_order_are_read() {
    let stamp = "2026-03-01T10:00:00.000Z";
    let reason = format!(
        r#"{{"uuid":"0b0e5c1a-6f5e-4c1e-9a43-2f1d7c9e0a11","code":"own","side":"self",
            "label_en":"Own","label_nl":"Eigen","usual_steps":[0],"builtin":false,
            "retired":false,"created_at":"{stamp}","updated_at":"{stamp}"}}"#
    );
    let case = format!(
        r#"{{"uuid":"11111111-1111-4111-8111-111111111111","name":"A","setting":null,
            "cohabiting":null,"opened_on":"2026-01-01","closed_on":null,"outcome":null,
            "created_at":"{stamp}","updated_at":"{stamp}","others":[],"reflections":[
            {{"uuid":"22222222-2222-4222-8222-222222222222","date":"2026-03-01",
              "medium":"video","present":[],"resistance":[],
              "stalls":[{{"step":0,"reasons":["own"]}}],"completed":false,"note":"",
              "question":null,"created_at":"{stamp}","updated_at":"{stamp}"}}]}}"#
    );
    let parts = [
        r#""format":"spiegel-export""#.to_string(),
        r#""version":1"#.to_string(),
        r#""anonymized":false"#.to_string(),
        format!(r#""reasons":[{reason}]"#),
        format!(r#""cases":[{case}]"#),
        r#""meetings":[]"#.to_string(),
        r#""goals":[]"#.to_string(),
    ];
    let expected = parse(format!("{{{}}}", parts.join(",")).as_bytes()).unwrap();
    assert_eq!(expected.cases.len(), 1);
    for order in [
        [4, 3, 2, 1, 0, 5, 6],
        [0, 1, 4, 3, 2, 6, 5],
        [6, 5, 4, 3, 2, 1, 0],
    ] {
        let text: Vec<&str> = order.iter().map(|&i| parts[i].as_str()).collect();
        let text = format!("{{{}}}", text.join(","));
        assert_eq!(parse(text.as_bytes()), Ok(expected.clone()), "{text}");
        // The cases' checks still know the reasons.
        let bad = text.replace(r#""reasons":["own"]"#, r#""reasons":["gone"]"#);
        let e = parse(bad.as_bytes()).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("cases[0].reflections[0].stalls[0].reasons[0]:"),
            "{e}"
        );
    }
    // A key twice is refused, and so is a key that is not ours.
    let twice = format!("{{{},{}}}", parts.join(","), parts[4]);
    assert!(
        parse(twice.as_bytes())
            .unwrap_err()
            .to_string()
            .contains("duplicate field `cases`")
    );
    let extra = format!("{{{},\"extra\":1}}", parts.join(","));
    assert!(
        parse(extra.as_bytes())
            .unwrap_err()
            .to_string()
            .contains("unknown field `extra`")
    );
    // Another program's JSON: not ours, wherever its keys are.
    let e = parse(br#"{"hello":1,"cases":[]}"#).unwrap_err();
    assert!(e.to_string().starts_with("format:"), "{e}");
}

#[test]
fn the_uuid_set_knows_each_uuid_across_merges() {
    let mut set = UuidSet::for_at_most(16);
    let n = 3 * UuidSet::RECENT as u128 + 17;
    let u = |i: u128| i.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835);
    (0..n).for_each(|i| set.insert(u(i)));
    assert!(set.sorted.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(set.sorted.len(), 3 * UuidSet::RECENT);
    let mut set = UuidSet::default();
    (0..n).for_each(|i| set.insert(u(i)));
    (0..n).step_by(997).for_each(|i| set.insert(u(i)));
    let mut suspects = set.suspected().expect("the UUIDs met twice");
    // Read again: the first time each is new, the second it is not.
    assert!((0..n).step_by(997).all(|i| suspects.insert(u(i))));
    assert!((0..n).step_by(997).all(|i| !suspects.insert(u(i))));
    assert!(
        suspects.insert(u(1)) && suspects.insert(u(1)),
        "not suspected"
    );
}

/// A file whose UUIDs are each once is read once, whatever their
/// fingerprints: two different UUIDs with the same one are suspected, read
/// again, and taken. A UUID met twice is refused where it is met the second
/// time, before a later problem of the file.
#[test]
fn a_uuid_twice_is_told_from_two_alike() {
    let stamp = "2026-03-01T10:00:00.000Z";
    let meeting = |uuid: &str, held_on: &str| {
        format!(
            r#"{{"uuid":"{uuid}","held_on":"{held_on}","kind":"group","with_whom":"",
                "note":"","created_at":"{stamp}","updated_at":"{stamp}"}}"#
        )
    };
    let file = |meetings: &[String]| {
        minimal().replace(
            r#""meetings":[]"#,
            &format!(r#""meetings":[{}]"#, meetings.join(",")),
        )
    };
    // The same 64-bit fingerprint, different UUIDs.
    let (a, b) = (
        "00000000-0000-0001-0000-000000000000",
        "00000000-0000-0000-0000-000800000000",
    );
    let alike = file(&[meeting(a, "2026-01-05"), meeting(b, "2026-01-06")]);
    assert_eq!(parse(alike.as_bytes()).unwrap().meetings.len(), 2);
    let twice = file(&[
        meeting(a, "2026-01-05"),
        meeting(a, "2026-01-06"),
        meeting(b, "2026-02-30"),
    ]);
    let e = parse(twice.as_bytes()).unwrap_err().to_string();
    assert!(e.starts_with("meetings[1].uuid"), "{e}");
}

#[test]
fn dates_and_timestamps_are_strict() {
    assert!(valid_date("2026-02-28"));
    assert!(!valid_date("2026-02-30"));
    assert!(!valid_date("2026-2-28"));
    assert!(valid_timestamp("2026-03-15T09:30:00.000Z"));
    assert!(!valid_timestamp("2026-03-15T09:30:00Z"));
    assert!(!valid_timestamp("2026-03-15T09:30:00.000+01:00"));
}
