/**
 * The English words the entity linker reads context from. General language, not names:
 * names live in the lexicon.
 */

/** Words of address before a person's name ("Mr. Lapid", "Grand Ayatollah Khamenei"). */
export const HONORIFICS = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Reverend',
  'Ayatollah', 'Grand Ayatollah', 'Hojatoleslam', 'Sheikh', 'Sheikha', 'Rabbi', 'Imam', 'Pope', 'Cardinal', 'Patriarch',
  'Gen', 'General', 'Lt', 'Lieutenant', 'Col', 'Colonel', 'Maj', 'Major', 'Brig', 'Brigadier', 'Adm', 'Admiral', 'Capt', 'Captain', 'Sgt',
  'Sen', 'Senator', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'Ambassador', 'Judge', 'Justice',
];

/** Words before a title that change what it says about the holder's term ("former President", "interim PM"). */
export const ROLE_QUALIFIERS: Readonly<Record<string, 'former' | 'interim' | 'acting' | 'caretaker' | 'current' | 'then' | 'incoming' | 'outgoing'>> = {
  former: 'former',
  ex: 'former',
  late: 'former',
  previous: 'former',
  interim: 'interim',
  acting: 'acting',
  caretaker: 'caretaker',
  transitional: 'interim',
  current: 'current',
  sitting: 'current',
  incumbent: 'current',
  then: 'then',
  incoming: 'incoming',
  'president-elect': 'incoming',
  elect: 'incoming',
  outgoing: 'outgoing',
};

/** Words after which a capital city is the city, not its government ("talks in Moscow" vs "Moscow said"). */
export const LOCATIVE_WORDS = new Set([
  'in', 'at', 'to', 'from', 'into', 'near', 'outside', 'inside', 'across', 'toward', 'towards', 'via', 'around',
  'throughout', 'within', 'visit', 'visited', 'visits', 'visiting', 'reached', 'arrived', 'landed', 'left', 'fled', 'of',
]);

/**
 * Nouns that make "<noun> in <capital>" the government seated there: people who speak for
 * it ("officials in Moscow", "a source from Washington") and the government itself ("the
 * government in Kyiv", "the authorities in Beijing").
 */
export const SEAT_NOUNS = new Set([
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'insider', 'insiders',
  'government', 'regime', 'authorities', 'leadership', 'administration', 'cabinet',
]);

/** The words that join {@link SEAT_NOUNS} to the capital. */
export const SEAT_WORDS = new Set(['in', 'from']);

/** Nouns after a person's name that make the phrase their government ("the Biden administration"). */
export const GOVERNMENT_NOUNS = ['administration', 'government', 'regime', 'cabinet'];

/** Last words that say what kind of thing an unknown name is. */
export const KIND_BY_LAST_WORD: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    Organization: 'Agency Alliance Association Bank Board Brigade Brigades Coalition Committee Company Corporation Council Corps Court Federation Force Forces Foundation Front Fund Group Guard Institute League Movement Network Organization Organisation Party Society Union University Army Navy Militia',
    GovernmentBody: 'Assembly Cabinet Chancellery Commission Congress Department Embassy Ministry Office Parliament Presidency Secretariat Senate',
    Place: 'Avenue Bay Camp Canal City Coast Desert District Gulf Heights Island Islands Lake Mountains Ocean Peninsula Plain Port Province Region River Road Sea Square Strait Street Valley Village',
    Event: 'Attack Campaign Conference Crisis Election Elections Intifada Invasion Massacre Offensive Operation Revolution Siege Summit Talks Uprising War',
    Agreement: 'Accord Accords Agreement Deal Memorandum Pact Plan Treaty Truce',
    Document: 'Act Declaration Report Resolution',
  }).flatMap(([kind, words]) => words.split(' ').map((word) => [word, kind])),
);

/** Words that may join the capitalised words of one name ("Board of Peace", "Bashar al-Assad"); not "and", which joins two names. */
export const NAME_JOINERS = new Set(['of', 'for', 'the', 'de', 'del', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'da', 'di', 'du']);

/** Verbs of speech right after a name mark a person ("Lowenstein said"). */
export const SPEECH_VERBS = /^\s*,?\s*(?:said|says|told|added|stated|wrote|argued|noted|explained|warned|insisted|claimed|asserted|declared|tweeted|posted|replied|responded)\b/;

/** Acronyms of common nouns, not names ("on TV", "GDP"). */
export const COMMON_ACRONYMS = new Set(
  'TV AI GDP CEO CFO COO CTO HQ ID PR IT OK PhD MP MPs PM AM BC AD CCTV DNA GPS SMS USB VIP FAQ PDF NB PS RSVP ETA IQ ICU ER UAV UAVs'.split(' '),
);

/** What a name followed by a hyphen and one of these modifies is the noun after it ("the Ramallah-based Palestinian Authority", "Iran-backed militias"). */
export const MODIFIER_SUFFIXES = /^[-–](?:based|led|backed|born|made|owned|run|controlled|funded|sponsored|allied|aligned|brokered|held|occupied)\b/i;

/** Words for the government or leaders of a country, in "between the [governments] of X and Y". */
export const GOVERNMENT_WORDS = ['government', 'governments', 'administration', 'administrations', 'leader', 'leaders', 'leadership', 'leaderships', 'presidents', 'capitals'];

/** Nouns that describe a person by office or role ("the former president", "the minister"), which usually take up someone already named. */
export const PERSON_NOUNS = [
  'president', 'prime minister', 'premier', 'chancellor', 'minister', 'secretary', 'leader', 'king', 'queen', 'prince', 'emir', 'ayatollah',
  'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador', 'general', 'commander', 'official', 'diplomat', 'senator', 'governor', 'mayor',
];

/** Nouns after which a trigger word only names a kind of thing ("veto power", "attack helicopters", "aid package", "sanctions list"), not an act. */
export const COMPOUND_HEADS = new Set([
  'power', 'powers', 'right', 'rights', 'threat', 'threats', 'helicopter', 'helicopters', 'drone', 'drones', 'aircraft', 'submarine', 'submarines',
  'package', 'packages', 'list', 'lists', 'regime', 'regimes', 'group', 'groups', 'team', 'teams', 'force', 'forces', 'capability', 'capabilities',
]);
