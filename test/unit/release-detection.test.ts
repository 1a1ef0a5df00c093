import assert from 'node:assert/strict';
import { fix, inspectRelease, lint } from '../../server/src/engine/index';

/** Our own documents, one for each class of release detection that failed on unseen releases. */
const isRelease = (text: string): boolean => lint(text).release.isPressRelease;
const reasons = (text: string): string[] => inspectRelease(lint(text).release).reasons ?? [];
/** A document of paragraphs, each separated from the next by a blank line. */
const paragraphs = (...blocks: string[]): string => blocks.join('\n\n');

describe('release detection weighs evidence for and against', () => {
  it('a government release that calls itself a media release on a line of its own, with an inline media contact', () => {
    const text = paragraphs(
      'The Hon Jane Rivers MP  Minister for Water',
      'MEDIA RELEASE',
      '4 March 2026',
      'New dam safety rules for farm dams',
      'Farm dams above five megalitres will be inspected every three years under rules announced today.',
      'The rules follow a review of three dam failures in the Riverina since 2019.',
      'Media contact: Tom Blake 0400 111 222',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('calls itself')));
  });

  it('a wire release with only the wire credit and a company that says "we" of itself', () => {
    const text = paragraphs(
      '# Fenwick Audit Welcomes Priya Shah as Tax Director',
      '--News Direct--',
      'Fenwick Audit is delighted to announce that Priya Shah has joined the firm as tax director.',
      'Priya brings twenty years of experience in cross-border tax. At Fenwick we pride ourselves on our specialists, and we are glad our team grows.',
      'Contact DetailsFenwick Audit',
      'Maya Lund',
      'maya.lund@fenwick.example',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('newswire')));
  });

  it('a police appeal in the force’s own voice is a release; a story that reports the appeal is not', () => {
    const appeal = paragraphs(
      '# Van stolen from builders’ yard',
      'Police in Harwick are appealing for information after a white van was stolen from a builders’ yard on Mill Lane.',
      'The van was taken between 10pm and 6am, and the yard’s gate was forced open.',
      'Sergeant Ruth Okafor said: “Someone will have seen the van being driven away, and the smallest detail could help our investigation.”',
      'Anyone with information is asked to contact police on 101, quoting log 233, or Crimestoppers anonymously.',
    );
    assert.equal(isRelease(appeal), true, reasons(appeal).join('; '));
    const story = paragraphs(
      '# Van stolen from builders’ yard',
      'Police in Harwick have issued an appeal after a white van was stolen from a builders’ yard on Mill Lane.',
      'The van was taken overnight, the force said, and the yard’s gate was forced open.',
      '“Someone will have seen the van,” Sergeant Ruth Okafor told the Harwick Echo.',
      'Anyone with information has been asked to contact police on 101.',
    );
    assert.equal(isRelease(story), false, reasons(story).join('; '));
  });

  it('an interview’s write-up that names the outlet’s host with a possessive is not a release, though a wire carried it', () => {
    const text = paragraphs(
      '# Harbour Bio CEO hails licensing deal as a milestone',
      '--News Direct--',
      'Harbour Bio PLC (AIM:HBIO) chief executive Dr Ana Veld takes Proactive’s Tom Brick through a licensing deal that will bring its first drug to market in Japan.',
      'Veld said the deal is part of the company’s plan to license every late-stage drug it develops in Asia, and that talks with two more partners are under way.',
      'Contact Details',
      'Proactive UK Ltd',
      '+44 20 7989 0813',
      'uk@proactiveinvestors.com',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('an advisory labelled “Advisory:” alone, its title broken over lines above the date, is not a release', () => {
    const text = paragraphs(
      'Minister to present the holiday road safety report, 16 Apr',
      'Advisory: Transport Minister presents 2026 Holiday Road\nSafety',
      'Report\n14 April 2026',
      'Tshwane: Transport Minister Ana Veld will present the holiday season road safety report to the media in Tshwane on Thursday morning.',
      'The Minister will give the official road fatality figures for the holiday season and the plans for the rest of the year.',
      'Issued by: Department of Transport\nTom Brick, 082 555 0147',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a media advisory is not a release, even headed For immediate release', () => {
    const text = paragraphs(
      'FOR IMMEDIATE RELEASE',
      '# MEDIA ADVISORY: Mayor to open the Harbour Street cycle lane',
      'WHO: Mayor Ana Ortiz and members of the Harbour Cycling Club',
      'WHAT: Ribbon cutting for the new protected cycle lane',
      'WHEN: Friday, March 6, 2026, 10 a.m.',
      'WHERE: Harbour Street at Pier 4',
      'Media contact: Leo Park, 555-0142, leo.park@city.example',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a media advisory with all of a release’s trappings (a wire’s credit, a dateline, an About, a source and contacts) is not a release', () => {
    const text = paragraphs(
      '# Media advisory - Nurses to hold events beside the premiers’ meeting on August 27-29, 2026 in Charlottetown',
      'OTTAWA, Aug. 25, 2026 /CNW/ - The Federation of Harbour Nurses will be in Charlottetown during the premiers’ meeting and will discuss staffing with the press.',
      'The federation’s president and the provincial unions will be available for comment during the meetings.',
      'The Federation of Harbour Nurses is the largest nurses’ organisation of the region, representing 20,000 nurses and students.',
      'SOURCE: Federation of Harbour Nurses',
      'Lena Hart, President: 613-555-0114',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a local TV story whose dateline carries the station’s call letters is not a release, though it quotes the business', () => {
    const text = paragraphs(
      'ELMDALE, N.D. (KXYZ) - This Friday, an Elmdale hardware store is reaching a major milestone.',
      'Harbour Hardware will celebrate one hundred years in business.',
      '“My great-grandfather did all the tough work, and he laid the foundation for all of us who came after,” said Dana Kostel, the store’s part-owner.',
      'On Tuesday evening, the store and the chamber of commerce held an event to open the celebration.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('call letters')));
  });

  it('an organisation taking a stand in its own name, in the present tense, is releasing: no dateline, contact or About needed', () => {
    const text = paragraphs(
      '# Harbour Women’s Network condemns violence against women',
      'The Harbour Women’s Network strongly condemns all forms of violence against women, including the recent assault of a mother in the northern district.',
      '“Such violence shows how urgently our society must address inequality,” said Mere Tane, the network’s director.',
      'The network calls on the government to fund the shelters it promised in the last budget.',
      '18 October 2026',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('own name')));
  });

  it('the stand taken with an adverb before the verb or inside it (`has recently learnt`, `now urges`)', () => {
    for (const lead of [
      'The Harbour Consumer Council has recently learnt that residents have received calls from people claiming to be its staff.',
      'The Harbour Consumer Council now urges residents to hang up on callers who claim to be its staff and ask for card details.',
    ]) {
      const text = paragraphs('# Consumer Council warns of bogus calls', lead, 'The Council does not call consumers except to answer their enquiries or complaints.');
      assert.ok(
        reasons(text).some((r) => r.includes('own name')),
        reasons(text).join('; '),
      );
    }
  });

  it('an organisation that says it is releasing (`PRESS RELEASE:` in its title) may speak as “we”', () => {
    const text = paragraphs(
      '# PRESS RELEASE: Allegations of assault by a member of parliament',
      '19 Aug, 2026',
      'The Harbour Women’s Crisis Centre is deeply concerned by the allegations of assault against a member of parliament. We call on the police to investigate, and we stand with every woman who reports violence.',
      'We urge all leaders to show that violence against women has no place in our politics, and we will keep supporting survivors.',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
    assert.ok(!reasons(text).some((r) => r.includes('written as “we”')));
  });

  it('a journalist reporting the same stand in the past tense, and attributing it, adds nothing for a release', () => {
    const text = paragraphs(
      '# Network condemns assault',
      'The Harbour Women’s Network on Tuesday condemned the recent assault of a mother in the northern district, a spokeswoman said.',
      'The network wants the government to fund the shelters it promised, she told reporters.',
    );
    assert.ok(!reasons(text).some((r) => r.includes('own name')), reasons(text).join('; '));
  });

  it('one official’s response, whose lead only gives them the floor (`…, said:`), is a statement, not a release', () => {
    const text = paragraphs(
      '# Councils respond to funding for pothole repairs',
      'Responding to the Department’s announcement of an extra £100 million for councils, Cllr Ana Veld, Chair of the Harbour Councils’ Transport Board, said:',
      '"Councils filled in more than two million potholes last year and face an enormous task to keep roads safe this year."',
      'NOTES TO EDITORS',
      'The Harbour Councils’ Association announced today that its survey of road repairs will be published in May.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a lead that tells the news before it gives the minister the floor is a release’s, not a statement’s', () => {
    const text = paragraphs(
      '# Ana Veld appointed Minister for Overseas Aid',
      'Today Minister Ana Veld began her first day as Minister of State for overseas aid. Speaking at the Department of Foreign Affairs, Minister Veld said:',
      '“Our aid programme is held in high regard around the world, and I am proud to lead it.”',
      'ENDS',
    );
    assert.ok(!reasons(text).some((r) => r.includes('only introduces')), reasons(text).join('; '));
  });

  it('a statement “attributable to” its president is not a release, though the association signs it and describes itself', () => {
    const text = paragraphs(
      'The statement below is attributable to Ana Veld, M.D., President, Harbour Medical Association:',
      '"Improving care for patients is a top priority of the Harbour Medical Association, and I am honored to join the summit."',
      'The Harbour Medical Association is the largest association of physicians in the region, founded in 1901 to promote medicine.',
      'Harbour Medical Association',
      'Media contact: Lee Park, lee.park@hma.example, 555-0100',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a media advisory labelled as one below a release line and a contact, not at the very top, is not a release', () => {
    const text = paragraphs(
      'News Release',
      '# Health officials to ask the county board to declare a measles emergency',
      'For release March 2, 2026\nContact: Rosa Lind, director of immunisation programmes, 555-0177',
      'Media Advisory',
      'Health officials will ask the county board on Tuesday to declare a local health emergency so that the county can open three more vaccination clinics before the school term begins.',
      'The board meets at 9 a.m. in the county building, 651 Pine Street, Martinez.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a media alert with its who/what/when labels set in bold, without colons, is not a release', () => {
    const text = paragraphs(
      '# Media Alert: The Harbour Software Foundation Announces Tideline 3.0',
      '**Who**        The Harbour Software Foundation: volunteer developers of forty open-source projects.',
      '**What**        Version 3.0 of Tideline, the open-source framework for mapping tides.',
      '**When**        Available today, after nearly ten years in development.',
      '**Where**        tideline.harbour.example',
      'Media contact: Leo Park, leo.park@harbour.example',
      '# # #',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a media advisory run onto one line by copy-paste (WHAT: … WHEN: … WHERE:) is not a release', () => {
    const text = paragraphs(
      '# City Teens Race Home-Built Karts in Riverside Park',
      'SPRINGFIELD, IL, July 2, 2026 /ExampleWire/ For more information: Ana Ruiz, 217-555-0142, ana@example.org WHAT: The 5th annual teen kart derby, with 40 karts built in city workshops. WHO: Teen racers, their mentors and the mayor. WHEN: Saturday, July 11, 9 a.m. to noon. WHERE: Riverside Park, 200 River Road. VISUALS: Karts on the ramp, the finish line. About the Parks Department The Springfield Parks Department runs 120 parks and 40 youth programmes across the city.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('who/what/when/where')));
  });

  it('who/what/when/where labels outweigh a dateline, a media contact section and an About paragraph', () => {
    const text = paragraphs(
      '# Parks Department Teens Race Home-Built Karts in Riverside Park',
      'SPRINGFIELD, IL, July 2, 2026 – WHAT: The 5th annual teen kart derby, with 40 karts built in city workshops. WHO: Teen racers, their mentors and the mayor. WHEN: Saturday, July 11, 9 a.m. to noon. WHERE: Riverside Park, 200 River Road.',
      'About the Parks Department',
      'The Springfield Parks Department runs 120 parks and 40 youth programmes across the city, founded in 1901.',
      'Parks Department media contacts:',
      'Ana Ruiz, Press Secretary, 217-555-0142, ana@example.org',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a lead that is a quotation does not report the news: a chamber’s response in its chief’s words is no release', () => {
    const text = paragraphs(
      '# Business lobby responds to current political environment',
      '21 Aug 2026 |',
      '“Businesses of all sizes across the country need long-term policy certainty to invest and give people jobs,” Harbour Chamber CEO, Ana Veld, said today in light of the political events in the capital of the past few days.',
      '“Good long-term policy has been taken hostage by short-term politics.',
      '“While the current focus is on the government, the opposition has contributed to this outbreak of political opportunism.”',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a spokesperson’s statement is not a release', () => {
    const text = paragraphs(
      '# Statement attributable to the Spokesperson for the Agency on the floods in the north',
      'The Agency is deeply saddened by the loss of life caused by the floods in the northern provinces.',
      'The Agency stands ready to support the national authorities in their response.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a blog post with a byline, in the first person, is not a release', () => {
    const text = paragraphs(
      '# What we learned shipping our first hardware',
      'By Sam Ortega',
      'When we started the project I thought the firmware would be the hard part. It was not: our supply chain was.',
      'We had to rethink how we order parts, and I want to share what worked for us.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a release that names itself on its last line (`Media Release from the Harbour Coast Guard`), with nothing else of a release', () => {
    const text = paragraphs(
      '# Harbour Coast Guard Responds to Search for Missing Vessel',
      'On Sunday, 3 October 2026 the Harbour Coast Guard received information that a vessel with twelve persons on board had not arrived in port.',
      'Two patrol craft and an aircraft searched the area through the night and found the vessel adrift with all on board safe.',
      'The vessel was towed to port, where the twelve were met by ambulance crews and checked for exposure.',
      'The search was coordinated with the neighbouring rescue centre under the regional search and rescue agreement.',
      'The Coast Guard reminds boat owners to carry a radio and to leave a plan of their voyage with someone ashore.',
      'Media Release from the Harbour Coast Guard',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('a ministry release that names itself by its number, with a date line and nothing else of a release', () => {
    const text = paragraphs(
      'Press Release (26)041',
      '3 March 2026',
      '# Minister of Trade to visit Chile and Peru',
      'The Minister of Trade, Ms. Ana Veld, will visit Chile and Peru from 9 to 13 March 2026.',
      'In Santiago the Minister will open the new trade office and meet the Minister of Economy.',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('names itself as a release')));
  });

  it('a release filed under press releases in its front matter, in another language', () => {
    const text = [
      '---',
      'title: "Bündnis legt Kostenschätzung vor"',
      'tags:',
      '- Pressemitteilung',
      '- Transparenz',
      '---',
      '',
      'Das Bündnis hat heute eine Kostenschätzung für das neue Gesetz vorgelegt.',
      '',
      'Die Umsetzung kostet demnach weniger als einen Euro pro Person und Jahr.',
    ].join('\n');
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('a government release signed off by the office that issued it, with a date of issue', () => {
    const text = paragraphs(
      '# Special envoys to carry the President’s message to five countries',
      '4 March 2026',
      'A team of special envoys appointed by the President began its work yesterday and left for five countries in the region.',
      'The envoys will explain the steps the government is taking after last month’s floods.',
      'Issued by: The Presidency',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('a city’s release signed off in italics by its spokesperson, with one quotation', () => {
    const text = paragraphs(
      '# Please note the closure of municipal offices',
      'The City of Harbourville wishes to inform its ratepayers that its offices close between Christmas and New Year.',
      '“Residents can still pay their rates online,” said the city’s manager, Ana Veld.',
      '*Issued by Tom Birch, spokesperson for the City of Harbourville.',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('an interview written up and carried by a wire, with the outlet’s desk as its contact, is not a release', () => {
    const text = paragraphs(
      '# Harbour Metals Completes Its First Two Drill Holes',
      '--News Direct--',
      'Harbour Metals CEO Ana Veld joined Tom Birch from Investor Weekly to announce the completion of the first two drill holes of the 2026 programme.',
      'The first hole intercepted a broad mineralized interval near the old pit.',
      'Contact Details Investor Weekly\n+1 604-555-0158\neditorial@investorweekly.example',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a news agency’s story that closes with its credit in brackets is not a release, though it opens with a dateline', () => {
    const text = paragraphs(
      'Abuja, Jan. 20, 2026 – The police in the capital on Saturday paraded 16 suspects who were allegedly terrorising the district.',
      'The police spokesman, who paraded the suspects, said their arrest followed new security measures.',
      'One suspect was arrested on Thursday and handed over to the command on Friday. (GBN)',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a lead that opens with the document’s kind before its dateline', () => {
    const text = paragraphs(
      'News Release: HAMILTON, Bermuda – In light of the recent rise in cases, the police service advises the public to avoid visiting police stations to make reports.',
      'Residents are encouraged to call 211 or use the community reporting portal instead.',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
    assert.equal(lint(text).release.dateline?.city, 'HAMILTON, Bermuda');
  });

  it('a lead that opens with the document’s kind and its date after a dash, before the issuer and the text', () => {
    const text = paragraphs(
      'Ministers of twelve coastal states to agree on shared rules for reef fisheries',
      'Press Release - March 2, 2026 - Harbour Fisheries Council (HFC) - Ministers from twelve coastal states will meet in Castries this week to agree on shared rules for the reef fisheries they manage together.',
      'On Tuesday, 3 March 2026, the Council will hold its fifth special meeting of ministers, to be opened by the Prime Minister.',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('calls itself')));
  });

  it('a line of its own that names the document a media release from its issuer', () => {
    const text = paragraphs(
      '# Tenants Want the Repairs Promise Kept',
      'Media Release From The Riverside Tenants Union',
      'Time is running out for the council to keep its promise to repair the tower blocks before winter.',
      'Union chair Ana Morales says the council promised in May that every broken lift would be fixed by October.',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('a news story that mentions a media release from an office in a sentence does not call itself one', () => {
    const text = paragraphs(
      '# Council delays tower repairs again',
      'Media release from the council on Friday said that repairs to the lifts of the Riverside towers would not be finished before spring, three months later than it had promised tenants in May, and the union says it will protest.',
      'Tenants said they had heard nothing from the council since the summer.',
    );
    assert.ok(!reasons(text).some((r) => r.includes('calls itself')), reasons(text).join('; '));
  });

  it('a title that opens by naming the document a press release on its subject', () => {
    const text = paragraphs(
      '# Press release on Foreign Minister Ana Lind’s telephone conversation with the Foreign Minister of Chile',
      'On April 29, Foreign Minister Ana Lind had a telephone conversation with the Foreign Minister of Chile, Tomás Vera.',
      'The ministers discussed trade between the two countries and the coming summit in Lima.',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('an issuer’s short line that ends by naming the document a press release', () => {
    const text = paragraphs(
      '# PRESIDENT APPROVES NEW TERM FOR THE HEAD OF THE PORTS AUTHORITY',
      'STATEHOUSE PRESS RELEASE',
      'President Ama Okafor has approved a second term of four years for the head of the Ports Authority, Mr. Tunde Bello, from May 1.',
      'The extension follows the reform of the ports that he led.',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('a government office’s readout of an official’s call, and not a news agency’s story of one', () => {
    const readout = paragraphs(
      '# Prime Minister’s call with the Prime Minister of Norway: 4 March 2026',
      'The Prime Minister held a call with the Prime Minister of Norway, Ola Berg, this evening.',
      'They discussed energy security in the North Sea and agreed to meet at the summit in Oslo next month.',
    );
    assert.equal(isRelease(readout), true, reasons(readout).join('; '));
    const story = paragraphs(
      '# Leaders discuss North Sea energy in evening call',
      'LONDON (Reuters) - The Prime Minister held a call with the Prime Minister of Norway, Ola Berg, on Tuesday evening, officials said.',
      'The two leaders discussed energy security, according to a statement from Downing Street.',
    );
    assert.equal(isRelease(story), false, reasons(story).join('; '));
  });

  it('a story that reports what a ministry said in a statement is no release, though it quotes the minister', () => {
    const text = paragraphs(
      '# Ministry to inspect farm dams every three years',
      'Farm dams above five megalitres will be inspected every three years, the water ministry said in a statement on Tuesday.',
      '“Three dams failed in the Riverina since 2019,” Minister Jane Rivers said.',
      'Farmers’ groups said they had not been consulted.',
    );
    assert.ok(
      reasons(text).some((r) => r.includes('journalist')),
      reasons(text).join('; '),
    );
    assert.equal(lint(text).release.possiblePressRelease, false, reasons(text).join('; '));
  });

  it('a short line that dates the document as a press release', () => {
    const text = paragraphs(
      '# Acme urges users to stay careful over the holidays',
      'December 21, 2000 Acme Press Release',
      'Acme, a maker of anti-virus software, is warning companies to be careful during the holidays.',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('a release in Swedish is not written in the first person for its capital “I”', () => {
    const text = paragraphs(
      '# Försäljningsutveckling i mars',
      'I mars ökade försäljningen med tio procent. I Sverige ökade den med fem procent och i Tyskland med åtta.',
      'I kvartalet ökade försäljningen i alla marknader. I april öppnar tio nya butiker.',
      'Kontakt: Ana Veld, presschef, 08-796 5250',
    );
    assert.ok(!reasons(text).some((r) => r.includes('first person')), reasons(text).join('; '));
  });

  it('a bank called I&M, a road called I-95, I/O, an S.I. and the `me` of Crème are not the writer’s “I”', () => {
    const text = paragraphs(
      '# I&M Bank picks a new platform',
      'Acme announced today that I&M Bank has chosen its platform for I/O between its systems. I&M serves clients along I-95 and in Nairobi. I&M will go live in May, as the new S.I. allows, with a Crème Brûlée Café for the staff.',
      'About Acme: Acme makes banking software.',
    );
    assert.ok(!reasons(text).some((r) => r.includes('first person')), reasons(text).join('; '));
  });

  it('an agency release signed off by the agency’s name alone, with its date of issue below the text', () => {
    const text = paragraphs(
      '# Former harbour official charged with taking bribes',
      'The bureau today charged a former harbour official with four counts of taking bribes from a shipping agent between 2021 and 2023.',
      '“No one who takes a bribe from a supplier is beyond our reach,” said Director Anil Rao.',
      '**Harbour Integrity Investigation Bureau**',
      '12 March 2026',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('signs it off')));
  });

  // Weak cues of a release, each named among the reasons: taken for a release or a possible one.
  for (const [what, text, named] of [
    [
      'a police appeal for information, and an agency named as the source below the text',
      paragraphs(
        '# Harbour robberies: public asked to help',
        'Three shops near the harbour were robbed at night in the last two weeks, each by two men with a knife.',
        'Anyone with information is asked to call the Harbour Police on 555-0100.',
        'Source: Harbour Police Department',
      ),
      ['appeal to the public', 'named as its source'],
    ],
    [
      'an office’s short notice whose lead reports what happened and when',
      paragraphs(
        '# Former harbour official charged with corruption',
        'The bureau recorded statements from the former official and charged him in the State Courts today with four counts of corruption.',
        'Each charge carries a fine of up to $100,000 or a prison term of up to five years.',
      ),
      ['reports what happened and when'],
    ],
  ] as const) {
    it(what, () => {
      const { release } = lint(text);
      assert.ok(release.isPressRelease || release.possiblePressRelease, reasons(text).join('; '));
      for (const reason of named)
        assert.ok(
          reasons(text).some((r) => r.includes(reason)),
          reason,
        );
    });
  }

  it('an advisory whose lead announces a press conference, under a “Press Release” label, is not a release', () => {
    const text = paragraphs(
      'September 3, 2026',
      'Press Release',
      'The Prime Minister will address a national press conference on Saturday at 5.30 pm at the Harbour Hall.',
      'The Prime Minister has decided to meet the press after dozens of requests for interviews since taking office.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a listed company’s numbered announcement', () => {
    const text = paragraphs(
      '# Share buy-back completed',
      'Kestrel Shipping has completed the share buy-back programme it started on 4 November, having bought back 1,100,800 shares in all.',
      'Kestrel Shipping now holds 3,442,197 of its own shares.',
      'Announcement no. 54',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('a title that names the document a media release, and a mayor quoted in the first person over several paragraphs', () => {
    const text = paragraphs(
      '# Office of the Mayor Media Release - Mayor sends the council’s submission to the Minister',
      'Mayor Lena Hoffmann said the submission has now been given to the Minister for Local Government.',
      '“The future of our elected council is now in the hands of the Minister, after the submission I sent this afternoon.',
      '“I can only hope the Minister gives it careful thought. I would welcome a meeting with her.”',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('a release that an archive credits as a press release of its issuer', () => {
    const text = paragraphs(
      '# Students to test a pregnancy app',
      '**Press Release: [Riverbend University](https://example.org/riverbend)**',
      'Riverbend University researchers are looking for 200 women to test a new app for expectant mothers.',
      'The app gives week-by-week advice written by midwives.',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('a government notice that advises the media of the week’s briefings is not a release, signed off or not', () => {
    const text = paragraphs(
      '5 October 2026',
      'Government wishes to advise the members of the media about the briefings planned for the week of 6 to 12 October 2026.',
      'On Wednesday at 10:00 the Minister of Water will release the annual report on dam safety.',
      'Issued by the Department of Communications',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a listed company’s stock exchange release', () => {
    const text = paragraphs(
      'Acme Group Stock Exchange Release 19 September 2026 at 9.30 am EET',
      '# Ana Veld appointed CEO of Acme Board',
      'Ana Veld will start as the CEO of Acme Board Corporation on 1 October 2026.',
    );
    assert.equal(isRelease(text), true, reasons(text).join('; '));
  });

  it('an invitation to a results call carried by a wire is not a release', () => {
    const text = paragraphs(
      '# Acme Group: Invitation to the Q3 2026 Earnings Call on 12 November 2026',
      'MUNICH - November 5, 2026 (NEWMEDIAWIRE) - Acme Group SE invites investors and analysts to an earnings call on 12 November 2026 at 10:00 CET.',
      'Dial-in details and the webcast link are given on the investor relations page.',
      'About Acme Group',
      'Acme Group makes smart meters in Munich and Sofia.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a results-date notice with its analyst call, a sponsored feature and an analyst’s coverage note are not releases, even on a wire', () => {
    const notice = paragraphs(
      'VANCOUVER, British Columbia, Jan. 6, 2026 (GLOBE NEWSWIRE) -- ACME TIMBER CORPORATION (TSX:ACT) will release its fourth quarter results on February 5, 2026.',
      'The analyst conference call is scheduled for 8:00 a.m. Pacific on Friday, February 6, 2026. The dial-in phone number is 1-800-555-0199.',
      'ABOUT ACME TIMBER',
      'Acme Timber is a lumber company with sawmills in Canada and the United States.',
    );
    assert.equal(isRelease(notice), false, reasons(notice).join('; '));
    const feature = paragraphs(
      '# How to Keep Pets Calm in a Storm',
      '(NewsUSA) - For many pet parents, storm season brings a familiar worry: how to keep a dog or a cat calm when thunder rolls.',
    );
    assert.equal(isRelease(feature), false, reasons(feature).join('; '));
    const note = paragraphs(
      '# Harbour Capital Initiates Coverage on Acme Chips PLC',
      'DALLAS, TX -- November 14, 2026 -- Harbour Capital initiates its coverage on Acme Chips PLC. We believe the company is well placed in its market.',
    );
    assert.equal(isRelease(note), false, reasons(note).join('; '));
  });

  it('an interview carried by a wire is not a release', () => {
    const text = paragraphs(
      '# Q&A with Dana Cole of Harbour Capital',
      'LONDON, ENGLAND, May 9, 2026 /ExampleWire/ -- Q. Please introduce yourself. A. I run a small fund that invests in shipping.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('a statement introduced by its lead, and a news agency’s story, are not releases', () => {
    const statement = paragraphs(
      '# Agency saddened by the loss of children in the north',
      'The following statement was issued today by the spokesperson for the Agency:',
      'NORTHTOWN, 3 March 2026 – The Agency is deeply saddened by the deaths of three children in yesterday’s flood.',
    );
    assert.equal(isRelease(statement), false, reasons(statement).join('; '));
    const story = paragraphs(
      '# Secretary-General names new head of the environment programme',
      'New York, US (PANA) - The Secretary-General has told the General Assembly that he intends to appoint Ana Veld as the head of the programme.',
    );
    assert.equal(isRelease(story), false, reasons(story).join('; '));
  });

  it('an advisory whose label line carries its date after a run of spaces, with an embargo time in its schedule, is not a release', () => {
    const text = paragraphs(
      '# Statistics Office to publish second-quarter GDP',
      'MEDIA ADVISORY                                                  2 September 2026',
      'The Statistics Office will publish the second-quarter GDP figures at a media briefing in Pretoria on Tuesday.',
      'Lock up: 11:00',
      'Embargo: 11:30',
      'For media enquiries contact:',
      'Felicia Dube',
      'Tel: (012) 555 2401',
      'Issued by the Statistics Office',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('an organisation’s statement, labelled so under its wire dateline, is not a release', () => {
    const text = paragraphs(
      '# Caravan Makers’ Association Statement on Postponed Tariffs',
      'BURLINGTON, ON / PR Karma / February 4, 2026 10:50',
      'Public Statement',
      'Burlington, ON – February 4, 2026 – The Caravan Makers’ Association welcomes yesterday’s decision to postpone the tariffs for 30 days.',
      'Media contact: Lee Park, lee@caravans.example, 905-555-0188',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('statement')));
  });

  it('a news story that reports what a utility said in a statement is not a release, though it opens with a dateline', () => {
    const text = paragraphs(
      '# Power cuts suspended for the weekend',
      'JOHANNESBURG, 14 March 2026 – Power cuts have been suspended until Monday morning, the national power utility announced on Friday.',
      'In a statement, the utility said more generating units had returned to service than planned.',
      'The utility said it would publish an update on Sunday afternoon.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('journalist')));
  });

  it('a local news story in which “the university announced” its news is not a release, though it opens with a place and quotes its director', () => {
    const text = paragraphs(
      '# Harbour University names its first Hall of Fame class',
      'HARBOUR CITY - Harbour University is honoring some of its most successful former student-athletes.',
      'On Thursday, the university announced the first members of its Athletics Hall of Fame.',
      '“These athletes represent the best of our history and we look forward to honoring them in September,” said Dana Lyke, director of athletics.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('journalist')));
  });

  it('an advisory that offers its chief executive for comment is not a release, though a wire carries it with a dateline', () => {
    const text = paragraphs(
      '# Harbour Humane available for comment on the animal transport rules released today',
      'OTTAWA, Feb. 20, 2026 /CNW/ - Harbour Humane CEO Dana Wright is available for comment on the transport rules released today.',
      'Ms. Wright can explain the rules on transport times, ventilation and the care of sick animals.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('an advisory whose lead says the minister hosts a press conference is not a release', () => {
    const text = paragraphs(
      'Basseterre, St. Kitts, May 16, 2026 – The Prime Minister will address matters of national interest on Thursday when he hosts a press conference at the conference room.',
      'The press conference begins at 10:00 am and ministers will take questions from members of the media.',
      '- 30 -',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });

  it('says why, in words, with the weight of each cue', () => {
    const text = '# Acme Opens a Plant\n\nBOULDER, Colo., March 3, 2026 – Acme today opened a plant.\n\n“It is a good day,” said Jane Doe, CEO.\n';
    const why = reasons(text);
    assert.ok(
      why.some((r) => /^\+3 a dateline opens the lead$/.test(r)),
      why.join('; '),
    );
    assert.ok(
      why.some((r) => /^\+1 an attributed quotation$/.test(r)),
      why.join('; '),
    );
  });
});

describe('a statement introduced in its lead is no release', () => {
  it('"Statement from <official> on …:" as the lead, even filed as a press release with a contact', () => {
    const text = paragraphs(
      'Press Release',
      '# Union: Parliament’s Only Priority Should Be Reopening the Courts',
      'Statement from Federation President Ana Ortiz on the court closures:',
      '“Every day the courts stay shut, workers wait for justice they are owed.”',
      'Contact: Leo Park, 555-0142, leo.park@union.example',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
    assert.ok(reasons(text).some((r) => r.includes('introduces a statement')));
  });

  it('"… made the following response today …"', () => {
    const text = paragraphs(
      '# Harbour Authority responds to audit report',
      'WELLINGTON, 24 April 2026 – In response to media enquiries, a spokesman for the Harbour Authority made the following response today to the audit report on the port:',
      'The Authority has noted the report and will study its recommendations carefully.',
    );
    assert.equal(isRelease(text), false, reasons(text).join('; '));
  });
});

describe('news and sponsored stories are not releases', () => {
  for (const [what, text] of [
    [
      'a news agency named in full above the story',
      paragraphs(
        '# Harbour housing plan expected this fall',
        'The Canadian Press, 06 Sep, 2026 11:45 AM',
        'OTTAWA — The federal housing agency expects its national housing plan to be ready this fall, its president said Tuesday.',
      ),
    ],
    [
      'a journalist’s “In a statement on Wednesday,”',
      paragraphs(
        'NAIROBI — The Harbour Media Group has appointed Ana Veld as its new public editor, effective May 1.',
        'In a statement on Wednesday, the group said Veld succeeds Peter Mwangi, who retired in December.',
      ),
    ],
    [
      'a news agency’s story whose credit opens the lead below a byline, with its editing credit',
      paragraphs(
        '# Harbour bank freezes new licences',
        'November 18, 2026 / 4:46 AM',
        'Reuters Staff',
        '1 Min Read',
        'NAIROBI, Nov 18 (Reuters) - The central bank has put a moratorium on new bank licences, it said in a notice on Wednesday.',
        'The notice did not give a reason. (Editing by Ana Veld)',
      ),
    ],
    [
      'a news network’s brief on a company, with the network’s own About, contact and terms of use',
      paragraphs(
        '# Harbour Motors targets a million electric cars a year',
        'Harbour Motors is making bold moves in the electric car market, with plans to triple its range of models by 2027.',
        'About HarbourWire',
        'HarbourWire is a communications platform with a focus on the biggest companies in the car industry.',
        'Please see full terms of use and disclaimers on the HarbourWire website applicable to all content provided by HarbourWire, wherever published.',
        'Editor, HarbourWire, Los Angeles, 310-555-0117, Editor@HarbourWire.example',
      ),
    ],
    [
      'a sponsored article with its publisher’s disclosure',
      paragraphs(
        '# Finding the harbour town that is actually yours',
        'BOSTON, March 3, 2026 – Ask most buyers to picture the harbour and they picture one town, not twelve.',
        'Disclosure: Individuals or companies mentioned may have a commercial relationship with the publisher.',
      ),
    ],
  ]) {
    it(what, () => assert.equal(isRelease(text), false, reasons(text).join('; ')));
  }
});

describe('a document that may be a release', () => {
  // A council's news item: a title and an official's quotation, nothing else a release has.
  const newsItem = paragraphs(
    '# Green flags fly again over Riverside parks',
    'Flags will fly again over Riverside Borough Council’s parks after four of them kept the Green Flag Award this year.',
    'The award is run by an environmental charity and judged by volunteers who visit each park in the summer.',
    'Councillor Dev Patel, cabinet member for parks, said: “Our parks stayed open all year and our volunteers kept them beautiful.”',
  );

  it('is not taken for a release, but its release checks run as warnings that say they are conditional', () => {
    const { release, findings } = lint(newsItem);
    assert.equal(release.isPressRelease, false);
    assert.equal(release.possiblePressRelease, true, reasons(newsItem).join('; '));
    const missing = findings.filter((f) => f.ruleId === 'require-dateline' || f.ruleId === 'require-media-contact');
    assert.equal(missing.length, 2);
    for (const finding of missing) {
      assert.equal(finding.severity, 'warn');
      assert.match(finding.message, / — if this is a press release\.$/);
    }
  });

  it('offers the fixes of its release checks as suggestions only, so fix-all never writes a skeleton into it', () => {
    const { findings } = lint(newsItem);
    const dateline = findings.find((f) => f.ruleId === 'require-dateline');
    assert.equal(dateline?.fix, undefined);
    assert.ok(dateline?.suggestions?.length, 'the fix is still offered');
    assert.equal(fix(newsItem).text, newsItem);
  });

  it('may have lost its title in copy-paste: an untitled news item with an official quoted and an announcement', () => {
    const text = paragraphs(
      'Riverside Transit has announced that buses on four routes will run every ten minutes from Monday, after a survey of riders.',
      'The change adds twelve buses to the morning and evening peaks on every weekday of the year.',
      '“Riders asked for buses they do not need a timetable for,” said Mara Quinn, the service’s director.',
    );
    const { release } = lint(text);
    assert.equal(release.isPressRelease, false);
    assert.equal(release.possiblePressRelease, true, reasons(text).join('; '));
  });

  it('needs some evidence: notes, a README or a title alone are left alone', () => {
    for (const text of [
      paragraphs('# Launch plan', 'Draft the release by Friday; the boilerplate needs new figures.', 'Ask Dana about the embargo.'),
      paragraphs('# pressroom-example', 'Run `npm test` to check the releases in this folder.'),
      paragraphs('Councillor Dev Patel said: “Our parks stayed open all year.”'),
    ]) {
      const { release, findings } = lint(text);
      assert.equal(release.possiblePressRelease, false, text);
      assert.deepEqual(
        findings.filter((f) => f.ruleId.startsWith('require-')),
        [],
        text,
      );
    }
  });

  it('taken for a release on little evidence (a dateline and nothing else), what it lacks is a warning; said to be a release, an error', () => {
    const story = paragraphs(
      '# Council approves a new library for the harbour district',
      'PORTSMOUTH, England, 4 March 2026 – The city council approved a new library for the harbour district on Tuesday, after a year of consultation with residents.',
      'The library will open in 2028 with a reading room, a children’s floor and a makerspace.',
    );
    const weak = lint(story);
    assert.equal(weak.release.isPressRelease, true, reasons(story).join('; '));
    assert.equal(weak.release.surePressRelease, false, reasons(story).join('; '));
    const missing = weak.findings.filter((f) => f.ruleId.startsWith('require-'));
    assert.ok(missing.length > 0);
    assert.deepEqual([...new Set(missing.map((f) => f.severity))], ['warn']);
    // Their fixes are offered, not applied: fix-all writes no release's skeleton into what may be a story.
    assert.ok(missing.every((f) => !f.fix && f.suggestions?.length));
    assert.equal(fix(story).text, story);

    const declared = `FOR IMMEDIATE RELEASE\n\n${story}`;
    const sure = lint(declared);
    assert.equal(sure.release.surePressRelease, true, reasons(declared).join('; '));
    assert.equal(sure.findings.find((f) => f.ruleId === 'require-media-contact')?.severity, 'error');
  });

  it('is a release, checked in full, when its front matter says so', () => {
    const text = `---\ntype: press-release\n---\n\n${newsItem}`;
    const { release, findings } = lint(text);
    assert.equal(release.isPressRelease, true);
    assert.equal(findings.find((f) => f.ruleId === 'require-dateline')?.severity, 'error');
  });

  it('is no release, and checked as none, when its front matter names another kind (type: statement)', () => {
    const text = `---\ntype: statement\n---\n\n${newsItem}`;
    const { release, findings } = lint(text);
    assert.equal(release.possiblePressRelease, false);
    assert.deepEqual(
      findings.filter((f) => f.ruleId.startsWith('require-')),
      [],
    );
    assert.ok(reasons(text).includes('-100 front matter says type: statement'));
  });
});
