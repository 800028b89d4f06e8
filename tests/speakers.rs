//! Who a source names, stated as behaviour: the speaker list groups the same person, and only the
//! same person, under one name with the roles the text gave it.

use whosaid::{Analysis, Annotator, Speaker, SpeakerKind};

fn annotate(text: &str) -> Analysis {
    Annotator::new().annotate(text)
}

/// The speaker of the one attribution whose cue is `cue`.
#[track_caller]
fn speaker_of<'a>(a: &'a Analysis, text: &str, cue: &str) -> &'a Speaker {
    let found: Vec<_> = a
        .attributions
        .iter()
        .filter(|x| x.cue.text(text) == cue)
        .collect();
    let cues: Vec<&str> = a.attributions.iter().map(|x| x.cue.text(text)).collect();
    assert_eq!(
        found.len(),
        1,
        "one cue {cue:?} in {text:?}; cues: {cues:?}"
    );
    let id = found[0]
        .speaker
        .unwrap_or_else(|| panic!("the source of {cue:?} in {text:?} has a speaker"));
    &a.speakers[id]
}

/// The speaker's name of every attribution, in order.
#[track_caller]
fn speaker_names(text: &str) -> Vec<String> {
    let a = annotate(text);
    a.attributions
        .iter()
        .map(|x| {
            let id = x
                .speaker
                .unwrap_or_else(|| panic!("every source in {text:?} has a speaker"));
            a.speakers[id].name.clone()
        })
        .collect()
}

/// Asserts the speaker of `cue` has this name and kind and holds each of these roles.
#[track_caller]
fn assert_speaker(text: &str, cue: &str, name: &str, kind: SpeakerKind, roles: &[&str]) {
    let a = annotate(text);
    let s = speaker_of(&a, text, cue);
    assert_eq!(s.name, name, "speaker of {cue:?} in {text:?}");
    assert_eq!(s.kind, kind, "kind of {name:?} in {text:?}");
    for r in roles {
        assert!(
            s.roles.iter().any(|x| x == r),
            "{name:?} has role {r:?}; roles: {:?}",
            s.roles
        );
    }
}

#[test]
fn a_name_before_a_comma_is_the_speaker_and_what_follows_its_role() {
    assert_speaker(
        "Dr Ana Kovac, of the University of Bristol, warned that costs would climb.",
        "warned",
        "Ana Kovac",
        SpeakerKind::Person,
        &["Dr", "of the University of Bristol"],
    );
    assert_speaker(
        "“The river rose overnight,” said Tomas Lindqvist, 54, who farms near the bridge.",
        "said",
        "Tomas Lindqvist",
        SpeakerKind::Person,
        &["54, who farms near the bridge"],
    );
}

#[test]
fn a_role_after_the_comma_is_no_name() {
    let text = "The Prime Minister said the budget was fair.\n\n\
                Mr Okafor, the First Minister, told reporters it was not.";
    let a = annotate(text);
    let pm = speaker_of(&a, text, "said");
    let okafor = speaker_of(&a, text, "told");
    assert_eq!(pm.name, "Prime Minister");
    assert_eq!(okafor.name, "Okafor");
    assert_eq!(okafor.roles, vec!["the First Minister"]);
    assert_eq!(a.speakers.len(), 2, "two speakers: {:?}", a.speakers);
    // A role in capitals that opens with a title, as a press release writes it.
    let text = "“We are thrilled,” said Jane Doe, CEO of Acme Freight.";
    assert_speaker(
        text,
        "said",
        "Jane Doe",
        SpeakerKind::Person,
        &["CEO of Acme Freight"],
    );
}

#[test]
fn commonwealth_offices_are_roles_not_names() {
    assert_speaker(
        "Treasurer Mia Hollis said the budget would return to surplus.",
        "said",
        "Mia Hollis",
        SpeakerKind::Person,
        &["Treasurer"],
    );
    assert_speaker(
        "NSW Premier Tom Avery said the state would not cover the cost.",
        "said",
        "Tom Avery",
        SpeakerKind::Person,
        &["NSW Premier"],
    );
    assert_speaker(
        "Detective Inspector Rhona Kerr said inquiries were continuing.",
        "said",
        "Rhona Kerr",
        SpeakerKind::Person,
        &["Detective Inspector"],
    );
}

#[test]
fn a_short_acronym_alone_is_an_institution() {
    for (text, name) in [
        ("NATO said the exercise would go ahead.", "NATO"),
        ("The HSE said the wards were full.", "HSE"),
        ("“The line will reopen,” said the ABC.", "ABC"),
    ] {
        assert_speaker(text, "said", name, SpeakerKind::Organisation, &[]);
    }
}

#[test]
fn a_courtesy_title_is_no_role() {
    assert_speaker(
        "The bank's chief economist, Ms Priya Nair, said growth had slowed.",
        "said",
        "Priya Nair",
        SpeakerKind::Person,
        &["The bank's chief economist"],
    );
    assert_speaker(
        "Mr. Tobin Hale said the ferry would run.",
        "said",
        "Tobin Hale",
        SpeakerKind::Person,
        &[],
    );
    // A title that tells what the speaker is stays.
    assert_speaker(
        "Dr Lena Ortiz said the ward had closed.",
        "said",
        "Lena Ortiz",
        SpeakerKind::Person,
        &["Dr"],
    );
}

#[test]
fn two_ministers_are_two_speakers_though_both_are_ministers() {
    let text =
        "The Prime Minister said taxes would fall. The Foreign Minister said talks would resume.";
    assert_eq!(
        speaker_names(text),
        vec!["Prime Minister", "Foreign Minister"]
    );
}

#[test]
fn a_role_named_again_is_the_person_who_holds_it() {
    let text = "Ms Okafor, the First Minister, said the plan was flawed.\n\n\
                The First Minister added that she would vote against it.";
    let a = annotate(text);
    let first = speaker_of(&a, text, "said");
    let second = speaker_of(&a, text, "added");
    assert_eq!(first.name, "Okafor");
    assert_eq!(second.name, "Okafor");
}

#[test]
fn a_description_matches_only_the_same_whole_role() {
    let text = "Ms Okafor, the First Minister, said the plan was flawed. \
                The prime minister said it was sound. The minister added that talks would go on.";
    assert_eq!(
        speaker_names(text),
        vec!["Okafor", "The prime minister", "Okafor"]
    );
}

#[test]
fn titles_before_a_name_are_its_role() {
    assert_speaker(
        "Former Health Secretary Alan Brook said the wards were full.",
        "said",
        "Alan Brook",
        SpeakerKind::Person,
        &["Former Health Secretary"],
    );
    assert_speaker(
        "Secretary of State Nora Vance said the embassy would reopen.",
        "said",
        "Nora Vance",
        SpeakerKind::Person,
        &["Secretary of State"],
    );
    // Police ranks as British papers abbreviate them, and honorifics of Nigerian and Indian
    // papers, with or without a full stop.
    for (text, name, role) in [
        (
            "Det Insp Mark Jones said officers were keeping an open mind.",
            "Mark Jones",
            "Det Insp",
        ),
        (
            "Alhaji Musa Bello said traders had lost millions.",
            "Musa Bello",
            "Alhaji",
        ),
        (
            "Engr. Tunde Adeyemi said the bridge would open in May.",
            "Tunde Adeyemi",
            "Engr.",
        ),
        (
            "Smt. Nirmala Rao told the house that the deficit would narrow.",
            "Nirmala Rao",
            "Smt.",
        ),
    ] {
        let cue = if text.contains("told") {
            "told"
        } else {
            "said"
        };
        assert_speaker(text, cue, name, SpeakerKind::Person, &[role]);
    }
}

#[test]
fn an_initial_stays_inside_the_name() {
    assert_speaker(
        "“It was never approved,” said Karen J. Whitfield.",
        "said",
        "Karen J. Whitfield",
        SpeakerKind::Person,
        &[],
    );
}

#[test]
fn a_title_with_or_without_its_full_stop_tells_she_from_he() {
    for (ms, mr) in [("Ms", "Mr"), ("Ms.", "Mr.")] {
        let text = format!(
            "{ms} Reyes said the bridge was unsafe. {mr} Holt said it was sound. \
             She added that repairs were overdue."
        );
        let a = annotate(&text);
        assert_eq!(
            speaker_of(&a, &text, "added").name,
            "Reyes",
            "'She' is not {mr} Holt in {text:?}"
        );
    }
}

#[test]
fn a_pronoun_after_an_unnamed_role_is_that_role_holder() {
    let text = "Dr Ana Reyes said the wards were full. Speaking later, the health minister \
                insisted the situation was improving. 'We have turned a corner,' she said.";
    let a = annotate(text);
    let she = a
        .attributions
        .iter()
        .rfind(|x| x.cue.text(text) == "said")
        .and_then(|x| x.speaker)
        .expect("'she' is resolved");
    assert_eq!(a.speakers[she].name, "the health minister");
}

#[test]
fn british_institutions_are_named_whole_and_are_no_people() {
    let text = "According to the Office for National Statistics, prices rose. \
                A spokeswoman for NHS England said lists were shorter. \
                Jo Reed MP said they were not.";
    let a = annotate(text);
    let speakers: Vec<(&str, SpeakerKind)> = a
        .attributions
        .iter()
        .map(|x| {
            let s = &a.speakers[x.speaker.unwrap()];
            (s.name.as_str(), s.kind)
        })
        .collect();
    assert_eq!(
        speakers,
        vec![
            ("Office for National Statistics", SpeakerKind::Organisation),
            ("NHS England", SpeakerKind::Organisation),
            ("Jo Reed MP", SpeakerKind::Person),
        ]
    );
}

#[test]
fn a_name_inside_an_aside_is_not_the_speaker() {
    assert_speaker(
        "The audit, seen by the Courier, says the depot lost money.",
        "says",
        "The audit",
        SpeakerKind::Unknown,
        &[],
    );
    // A name in an apposition is the speaker.
    assert_speaker(
        "Her spokesman, former senator Ann Lee, said it was over.",
        "said",
        "Ann Lee",
        SpeakerKind::Person,
        &[],
    );
}

#[test]
fn a_condition_of_anonymity_in_an_aside_makes_the_speaker_unnamed() {
    assert_speaker(
        "One, who did not want to be named, said the depot was unsafe.",
        "said",
        "One",
        SpeakerKind::Anonymous,
        &[],
    );
    assert_speaker(
        "A driver, who asked not to be identified, said the depot was unsafe.",
        "said",
        "A driver",
        SpeakerKind::Anonymous,
        &[],
    );
}

#[test]
fn a_plural_possessive_owns_the_speaker_it_names() {
    assert_speaker(
        "Mr Jones’ lawyer said the charges were dropped.",
        "said",
        "Mr Jones’ lawyer",
        SpeakerKind::Unknown,
        &[],
    );
}

#[test]
fn colleges_and_trusts_are_organisations() {
    assert_speaker(
        "The Royal College of Surgeons said the rules were unsafe.",
        "said",
        "Royal College of Surgeons",
        SpeakerKind::Organisation,
        &[],
    );
}

#[test]
fn a_surname_like_a_plural_is_a_name_when_the_text_gives_it_a_first_name() {
    let text = "Senator Bernie Sanders won the state. Sanders, whose coalition includes young \
                people, said closed primaries hurt him.";
    let a = annotate(text);
    let s = speaker_of(&a, text, "said");
    assert_eq!(s.name, "Sanders");
    assert_eq!(s.kind, SpeakerKind::Person);
    // The relative clause describes him; it is no role.
    assert!(
        s.roles.iter().all(|r| !r.starts_with("whose")),
        "roles: {:?}",
        s.roles
    );
    // A plural with no first name anywhere is still a group.
    let text = "Protesters, who marched for hours, said the police were rough.";
    let a = annotate(text);
    let s = speaker_of(&a, text, "said");
    assert_ne!(s.kind, SpeakerKind::Person, "{s:?}");
}

#[test]
fn a_company_suffix_makes_an_institution() {
    for (text, name) in [
        ("Apple Inc. said the phone sold well.", "Apple Inc"),
        ("Big Foods Corp. said sales fell.", "Big Foods Corp"),
    ] {
        assert_speaker(text, "said", name, SpeakerKind::Organisation, &[]);
    }
}

#[test]
fn brackets_after_a_name_hold_an_acronym_or_a_party_not_the_name() {
    // The acronym in brackets names the institution, and its role loses the open bracket.
    assert_speaker(
        "According to officials of the Grain Board of Kenya (GBK), the stocks are sufficient.",
        "According to",
        "GBK",
        SpeakerKind::Organisation,
        &["officials of the Grain Board of Kenya"],
    );
    // A party and state after a senator's name are a role.
    assert_speaker(
        "Sen. Ann Holt (D-R.I.) said the bill was dead.",
        "said",
        "Ann Holt",
        SpeakerKind::Person,
        &["Sen.", "(D-R.I.)"],
    );
}

#[test]
fn a_place_is_where_a_speaker_is_from_and_and_may_join_an_institutions_name() {
    // "from Devon" names no one; the description is the speaker, and "she" is that person.
    let text = "One farmer from Devon said the land was hers. \"It's our home,\" she said.";
    assert_eq!(
        speaker_names(text),
        vec!["One farmer from Devon", "One farmer from Devon"]
    );
    assert_speaker(
        "The figure was disputed by the Country Land and Water Association, which puts it at 70.",
        "puts it",
        "Country Land and Water Association",
        SpeakerKind::Organisation,
        &[],
    );
}
