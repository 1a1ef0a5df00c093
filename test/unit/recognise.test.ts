import assert from 'node:assert/strict';
import { fix, inspectRelease, lint, presetLayer, resolveConfig } from '../../server/src/engine/index';

const parts = (text: string) => inspectRelease(lint(text).release).parts;
const speakers = (text: string) => parts(text).quotes.map((q) => q.speaker);

describe('recognition', () => {
  describe('quotes and their speakers', () => {
    const cases: [string, string, (string | null)[]][] = [
      ['said after the quote, with a title', '“We built it to last the decade,” said Jane Doe, chief executive of Acme.', ['Jane Doe']],
      [
        'a surname after a minister named with the portfolio before the name',
        'Minister for Trade and Investment Jane Roe opened the plant.\n\n“Exporters asked for a plant in the north for many years,” Ms Roe said.',
        ['Jane Roe'],
      ],
      [
        'straight single marks, as UK releases quote, around words with apostrophes',
        "'Today's plant couldn't come at a better time for the region,' said Jane Doe, chief executive of Acme.",
        ['Jane Doe'],
      ],
      [
        'a title before the name, read as a name before',
        'Welcoming the route, Cork Airport’s Managing Director, Niall Casey, said: “We welcome the decision by our biggest customer to fly to Lisbon.”',
        ['Niall Casey'],
      ],
      [
        'a name, a title that names a department and the organisation, then says and a colon',
        'Wolf Hart, Head of Private Equity, Harbour Partners, says: "We paired an insurance broker with a data partner and turned a clean dataset into growth we can measure."',
        ['Wolf Hart'],
      ],
      [
        'said and a first name alone, then a title that names a department',
        '“Our mission has always been to care for people in recovery,” said Michael, President of Business Development.',
        ['Michael'],
      ],
      [
        'block quotes without quotation marks, each signed by the paragraph below it',
        '> This release makes the archive the largest open record of the valley’s floods,\n\nsaid Frank Hale, chief archivist at the Valley Archive.\n\n> We are glad the records are online at last; they belong to every family of the valley,\n\nsaid Gabriela Ruiz, chair of the Valley Trust.',
        ['Frank Hale', 'Gabriela Ruiz'],
      ],
      [
        'quoted words, in a block quote or a paragraph, signed by the paragraph below them',
        '> "The archive now holds every flood record of the valley since 1890 and we are proud of it"\n\nsaid Frank Hale, chief archivist at the Valley Archive.\n\n“We are glad the records are online at last, because they belong to every family.”\n\nsaid Gabriela Ruiz, chair of the Valley Trust.',
        ['Frank Hale', 'Gabriela Ruiz'],
      ],
      [
        'a company’s abbreviated form inside the appositive before said and a colon',
        'Dana Whitfield, President of Film Development, Harbour Bros. Pictures, said: “Dana’s studio is the partner we have looked for since the first film.”',
        ['Dana Whitfield'],
      ],
      [
        'a place or an organisation closing the speaker’s appositive, just before the verb',
        'Dana Perera, CEO of Harbour Mobile and organiser of DevJam Sri Lanka emphasised, “The prize pool shows how far our developers have come in ten years.”',
        ['Dana Perera'],
      ],
      [
        'a role, then who the speaker represents, then the verb',
        '# Agreement signed\n\nDr. Ravi Silva, Group Chief Executive Officer, representing Harbour Health, expressed his thanks, stating, “This agreement brings care to every employee of the state.”',
        ['Ravi Silva'],
      ],
      [
        'a quoted award’s name after a possessive is no quotation, though the sentence says who announced it',
        '# Acme wins an award\n\nThe Harbour Review announced Acme as a winner of its “Harbour Review Global award” among 100 other companies.\n\n“Choosing the best was no small feat,” said Alex Vance, chairman of the Harbour Review.',
        ['Alex Vance'],
      ],
      [
        'a closing mark typed the wrong way round before `said` and the speaker',
        '“We are proud to launch the app that will serve young people across the country in their search for justice, “ said Programme Manager Dana Zulu.',
        ['Dana Zulu'],
      ],
      [
        'a nickname in quotation marks inside the speaker’s name',
        '“The festival carries the spirit of the island to every traveller who comes,” said Ellison “Tommy” Thompson, CEO of the Harbour Tourism Authority.',
        ['Ellison Tommy Thompson'],
      ],
      [
        'testimonials, each speaker named on a bold line above the quotation',
        '**_Dana Qi, Board Director of the Harbour Group and VP of Acme_**\n\n“Acme values open innovation that drives the technology of the region forward.”\n\n**_Luca Berg, Professor and Chair of Circuits & Systems, Harbour University_**\n\n“In today’s industry, collaboration is crucial to rapid innovation.”',
        ['Dana Qi', 'Luca Berg'],
      ],
      [
        'the verb first, then the speaker and their title, before the quotation',
        'Acme opened its plant today.\n\nAdded Acme Managing Partner Kirk Nielsen, “We have known Maria for many years and admire what she built.”\n\nSaid Nancy Holl, counsel for the town’s residents: “The plant is a step forward for every family here.”',
        ['Kirk Nielsen', 'Nancy Holl'],
      ],
      ['an organisation’s title before the name', 'Salvation Army Spokesperson, Kim George, said, “We are waiting for the call from the county.”', ['Kim George']],
      ['a surname that is also a title’s word', '“Data about developer choices is catnip for developers,” said James Governor, co-founder of Redbridge.', ['James Governor']],
      ['a straight mark left open is an apostrophe, no quotation', "The plant replaces the line built for the Mariner '71 contract in the old works.", []],
      [
        'a quotation after a paragraph of reported speech, and a person called by first name',
        'Acme’s head of plants, Ross Dalton, says Mere Tane was chosen to run it for her years on the line.\n\n“Her appointment keeps the plant in safe hands.”\n\nMere says the first year will be the hardest.\n\n“I loved the old plant, but this one is the future,” she says.',
        ['Ross Dalton', 'Mere Tane'],
      ],
      ['a company before the name', '“We built it to last the decade,” said Riverbend Books owner Lena Hoffmann.', ['Lena Hoffmann']],
      ['a title before the name', '“We built it to last the decade,” said Exovera CEO Bob Sogegian.', ['Bob Sogegian']],
      ['honorific and title after', '“We built it to last the decade,” said Mr. Achim Steiner, UNDP Administrator.', ['Achim Steiner']],
      ['UK style, colon', 'Daniel Chapman, CEO of Argentem Creek Partners, commented: “Any entity working with them should stop now.”', ['Daniel Chapman']],
      ['according to, opening the sentence', 'According to Lena Hoffmann, “the new store is the biggest step we have taken.”', ['Lena Hoffmann']],
      ['a pronoun after the person is named', 'Mr. Voronkov praised the teams. "I hope we will strengthen our common efforts," he said.', ['Voronkov']],
      ['a bare surname after a full name', 'Mikeal Rogers leads the work.\n\n“It will become one of the largest projects of its kind,” said Rogers.', ['Mikeal Rogers']],
      ['a spokesperson', 'A spokesperson from Pull the Plug said: "AI is already being used in every single aspect of life."', ['Pull the Plug spokesperson']],
      [
        'a police statement under "To be attributed to"',
        'To be attributed to Inspector Maria Lopez:\n\nOfficers found the missing hiker near the ridge this morning and she is now with her family.',
        ['Maria Lopez'],
      ],
      [
        'supporting quotes each signed with a dash on the line below, in bold or not',
        '“The new line doubles what the plant can make in a year.”\n\n**—Ines Moreau, plant manager**\n\n“Our suppliers in the region will feel the difference first.”\n— Tomas Hale Sr., head of purchasing',
        ['Ines Moreau', 'Tomas Hale'],
      ],
      [
        'a title and a surname, after the quotation and before it, the person named in full earlier or not',
        'Minister for Industry Senator Kate Alder opened the plant.\n\n“It brings four hundred jobs to the valley,” Minister Alder said.\n\nPlant Director Okafor said: “We start the night shift in June, with local hires first.”',
        ['Kate Alder', 'Okafor'],
      ],
      ['a person of an organisation, named last', '“We are proud to stay with the theatre for another season,” said Rita Moreno of Harbour Community Bank.', ['Rita Moreno']],
      [
        'an appositive of several titles before the verb',
        'Tunde Bello SAN, Partner, Okafor & Bello Legal Practitioners, commented: “The claim will be heard in the spring term of the court.”',
        ['Tunde Bello'],
      ],
      [
        'credentials after the name and the agency before the verb',
        'Lena Ortiz, AIS, CPIA, Harbour Insurance said, “This is the largest rate cut our customers have seen in twenty years.”',
        ['Lena Ortiz'],
      ],
      [
        'a surname after the organisation’s possessive',
        'Acme’s partners Ana Veld and Tom Birch lead the plant.\n\n“It took two years to find the right site,” commented Acme’s Birch.',
        ['Tom Birch'],
      ],
      ['initials for a first name', '“The plant runs on data, from the first shift to the last,” said J.R. Okafor, co-founder of Acme.', ['J.R. Okafor']],
      ['two particles before the surname', '“We waited ten years for a plant like this one,” says Pieter van der Berg, head of the works council.', ['Pieter van der Berg']],
      [
        'a hyphenated surname alone, the person named in full before',
        'Line manager Ana Ruiz-Torres chose the site.\n\n“We looked at every town along the river,” said Ruiz-Torres.',
        ['Ana Ruiz-Torres'],
      ],
      [
        'an honorific and an initial are no sentence’s end before the verb',
        'Dr. Ana Ruiz-Torres joined in May. Dr. Ruiz-Torres commented, “The plant will train two hundred people a year.” Tom P. Birch, COO, added, “Training starts in June.”',
        ['Ana Ruiz-Torres', 'Tom P. Birch'],
      ],
      [
        'a name and titles closing the paragraph, with no verb',
        '“We are proud to build the region’s largest plant in forty years.” Rita Moreno, Director of Operations, Acme.',
        ['Rita Moreno'],
      ],
      [
        'one quotation split by its attribution, the name repeated at the end',
        '“The plant is the biggest step we have taken,” says Rita Moreno, Director. “It doubles our output.” Rita Moreno, Director, Acme',
        ['Rita Moreno'],
      ],
      [
        'a titled signature that introduces the next quotation is not this one’s',
        'Rita Moreno, Director, said: “The plant doubles our output this year.”Tom Birch, MD, Head of Purchasing, added:\n\n“Our suppliers will feel it first and most of all.”',
        ['Rita Moreno', 'Tom Birch'],
      ],
      [
        'an opening mark typed where the closing one belongs, before the attribution',
        '“The plant will take a leading role in meeting the region’s needs, “Dr Ruiz said.',
        ['Ruiz'],
      ],
      [
        'a closing mark typed where the opening one belongs, after the attribution (not an inch mark)',
        'Chief executive Ana Ruiz says,” The plant was built by our own people, and I thank every one of them for it.” The 0.35” display ships in May.\n\nThe city will gain jobs, she said. The work is good,” Ruiz said. “We start in May,” she added.',
        ['Ana Ruiz', 'Ana Ruiz'],
      ],
      [
        'a closing mark typed to open a sentence’s quotation',
        'The games draw more cities each year. ”It is obvious. We are growing every year and we welcome the new cities,” said Ron Hale, the federation’s president.',
        ['Ron Hale'],
      ],
      [
        'a surname alone before the verb, and a listener after “told”',
        'Christina Kroesen founded the plant.\n\nKroesen explains, “The purpose of the plant is to change the mold.”\n\n“We have served the city for forty years,” Antonio Uribe told Negocios magazine.',
        ['Christina Kroesen', 'Antonio Uribe'],
      ],
      [
        'a quotation after reported speech by a person with an honorific',
        'Chief executive Chris Walton opened it.\n\nOther states will follow, and Mr Walton said the region looked set to gain.\n\n"All states seem to be moving in this direction because they see the benefit."',
        ['Chris Walton'],
      ],
      ['one name closing the sentence, named before or not', '“Canada is made stronger by the refugees who join us,” said McWeeny.', ['McWeeny']],
      ['a title before a name of three words', '“The most important thing this year is communication,” Mayor Park Won Soon said at the ceremony.', ['Park Won Soon']],
      [
        'a title, a comma, then the name and the verb',
        '“The damage has been done to these people,” the Greens’ immigration spokesperson, Senator Sarah Hanson-Young said.',
        ['Sarah Hanson-Young'],
      ],
      [
        'a surname and the verb after a clause, before a semicolon',
        'Mayor Wild Ndipo toured the wards.\n\nOn his part, Ndipo said; “Residents are given a chance to voice their problems.”',
        ['Wild Ndipo'],
      ],
      [
        'a legal form’s full stop in the appositive, and a sentence glued to the one before',
        'Kazuo Ishizuka, President of Acme Logistics (Americas) Inc. added, “We are delighted to have him.” Bob Corr has agreed to the deal.Tony Torgerud said, “I have been negotiating for a year with Bob.”',
        ['Kazuo Ishizuka', 'Tony Torgerud'],
      ],
      [
        'one quotation split by “said Name.” is one quote; a quotation in an About paragraph is nobody’s',
        '“Genomics is a quickly evolving field,” said Ahmad. “In my new role I am excited to build on it.”\n\nAbout Acme\n\nAcme is a not-for-profit health system founded in 1955 whose mission is to “celebrate the health of the valley and its people”.',
        ['Ahmad'],
      ],
      [
        'an ambulance or police service is no person',
        'Ann Dymond, Commissioner Operations at St John Ambulance, the leading first aid charity, said: "St John Ambulance has a commitment to support the service."',
        ['Ann Dymond'],
      ],
      [
        'a quotation that opens a sentence after its speaker’s reported speech in the same paragraph',
        'Accepting the cheque, Jane Doe said that the society was grateful for the support. “This is a huge help, and we really appreciate it.”',
        ['Jane Doe'],
      ],
      [
        'a name inside the titles of the name that opens the sentence',
        'Suhail Albaz, Chairman Middle East, Africa, and Central Asia, Harbour Partners, states: “We have deep long-standing relationships in the country that were built over decades.”',
        ['Suhail Albaz'],
      ],
      [
        'a place after `in` in the speaker’s title is not the speaker',
        '“Choosing Gate Ventures as our partner was a natural decision for us and our vision,” said Abdulla, CEO of the Blockchain Center in Abu Dhabi.',
        ['Abdulla'],
      ],
      [
        'a title, then the name and a comma before the verb, after the quotation',
        '“Most overseas guests will have a trouble-free stay in New Zealand but some will need advice,” Guild Chief Executive, Annabel Young, said today.',
        ['Annabel Young'],
      ],
      [
        'an organisation’s acronym and a title run into the name after the quotation',
        '"These people have always done essential work to keep our society going, every day," CTU President Richard Wagstaff said.',
        ['Richard Wagstaff'],
      ],
      [
        'an organisation after `for the` in the speaker’s title is not the speaker',
        'Niamh Randall, National Spokesperson for the Simon Communities said about the announcement “We welcome the announcement today to deal with the emergency.”',
        ['Niamh Randall'],
      ],
      ['a participle of saying', 'The board appointed Scott Arrol, with chair Jane Doe saying, “we are delighted Scott has chosen to join us at this time.”', ['Jane Doe']],
      ['a verb of saying capitalised after the quotation', '"Our vision is to make growth easier for global leaders," Says Max Liu, CEO at Acme.', ['Max Liu']],
      ['an associate professor', '“The memorial must bear witness to the loss of lives,” says Assoc. Prof. Weller.', ['Weller']],
      ['one initial and one word open a list’s item, not a name', '**A. Major topics include: "What Is a Plant and Why Build One?", "Sites"**', [null]],
      [
        'Arabic name particles in capitals',
        '“Our exports grew by a third this year,” said H.E. Khalid Bin Saeed Al Mansoori, Minister of Trade.',
        ['Khalid Bin Saeed Al Mansoori'],
      ],
      [
        'honorifics of engineers, courts, clergy and music, and two in a row',
        '“The line will carry freight by the end of next year,” said Eng. Omar Haddad, chairman of the board. “We are ready for the first trains.” ' +
          '“Our courts will hear more cases this year than in any year before,” said the Honourable Ruth Mbeki, Minister of Justice. ' +
          '“The chips use a tenth of the power of the ones they replace,” explains Prof. Dr. Karl Sommer, director of the institute. ' +
          '“The orchestra has never sounded better than it does this season,” said Maestro Lindqvist.',
        ['Omar Haddad', 'Ruth Mbeki', 'Karl Sommer', 'Lindqvist'],
      ],
      [
        'a title in the possessive before the speaker is no speaker',
        'Responding to the Prime Minister\'s comments today, RCN General Secretary and Chief Executive, Pat Cullen, said:\n\n"The government should negotiate with nurses and stop these games now."',
        ['Pat Cullen'],
      ],
      [
        'honours and offices written after the name without a comma',
        'Cllr Ana Veld MBE, Chair of the Police and Crime Panel, said:\n\n“The panel has confirmed the appointment of the new chief constable today.”\n\n“Wales is entering a critical period for its economy,” said Rhys Price MS.',
        ['Ana Veld', 'Rhys Price'],
      ],
      [
        'reported speech with the verb before the person, and a place after a preposition that is nobody',
        'The breach is unprecedented in New Zealand, says Labour’s recovery spokesperson, Lena Dalton.\n\n“I was told over the weekend that the data was not limited to a few thousand homes.”',
        ['Lena Dalton'],
      ],
      [
        'a title before the first name after the verb, the person after a comma at the clause’s end',
        '“Our robots will fly on the next mission to the station,” says Acme’s Chief Space Architect, Barbara Lund. ' +
          '“Padel is the fastest-growing sport in the country,” said CCO of All Court Sports, Bryan Hale. ' +
          '“The water will be cleaner by the summer,” said Jane Doe, CEO, Harbour Water.',
        ['Barbara Lund', 'Bryan Hale', 'Jane Doe'],
      ],
      [
        'a title and a surname alone after the verb, named in full before or not',
        'Governor Kay Ruiz chairs the authority this year.\n\n“We will create jobs across the region,” said Governor Ruiz.\n\n“The summit draws more investors every year,” said Secretary Pratt.',
        ['Kay Ruiz', 'Pratt'],
      ],
      [
        'a title’s head word before the person who ends the clause, after the organisation it is of; `responded`; a bulletin is nobody',
        '“We have explained our concerns to the state many times,” said Harbour Indians of Graton Valley Chairman Greg Sands.\n\n' +
          'Ana Veld, its editor, launched the Harbour Standards Bulletin in 2002. On being told of the award, she responded, “The bulletin was always written for the reader first.”',
        ['Greg Sands', 'Ana Veld'],
      ],
      [
        'a portfolio’s second name after “and” belongs to the minister’s title, not to a person',
        'Minister for Energy and Water Security, The Hon Kay Ruiz MP, says “Our budget will build three dams and keep every farm in the valley running.”',
        ['Kay Ruiz'],
      ],
      [
        'a person straight after the verb, then a comma, a title and the organisation they lead',
        '“We look forward to new markets for our heat pumps across the whole of the country,” says Tom Hale, CEO Lakeshore Pumps.',
        ['Tom Hale'],
      ],
      [
        'a nickname in brackets inside the name',
        '“Philadelphia is where the science of this country began,” said Robert (Bob) Kane, director of the society. ' +
          '“Our clients asked for this for a decade and more,” said Acme’s chief executive Hector (H.T.) Ruiz.',
        ['Robert Kane', 'Hector Ruiz'],
      ],
      [
        'a first name written as two capital initials without full stops, not a country’s or a body’s letters',
        '“Our members are asking for fairness and nothing else,” said JR Ortega, vice chairman of the chamber. ' +
          '“The talks will go on for as long as it takes,” UN Envoy Lena Park said.',
        ['JR Ortega', 'Lena Park'],
      ],
      [
        'a generation after the surname is part of the name, and the bare surname points back to it',
        'A lawyer who watched his father, Judge William P. Steele Jr., preside over a courtroom runs for the council.\n\n' +
          '“My parents showed me the importance of giving back,” said Steele. “It has been great to work with them,” said Rafael Navarro IV from Jimco Racing.',
        ['William P. Steele', 'Rafael Navarro IV'],
      ],
    ];
    for (const [what, body, expected] of cases) {
      it(what, () =>
        assert.deepEqual(speakers(`# Acme opens a plant\n\nCHICAGO, May 4, 2026 – Acme opened a plant today in the city of Chicago for its customers.\n\n${body}\n`), expected));
    }
    it('a surname with an inner capital (`O’Brien`, `McCoy`) alone before the verb, named in full before', () => {
      const text =
        '# Acme helps the island rebuild\n\nCHICAGO, May 4, 2026 – On a visit on Tuesday, Acme chairman and founder, Denis O’Brien, met the prime minister with jockey Tony McCoy.\n\nCommenting on the plan, O’Brien said: “Our first priority is to get our networks back to full strength.”\n\nMcCoy explains, “The riders want the island back on its feet as much as anyone.”\n';
      assert.deepEqual(speakers(text), ['Denis O’Brien', 'Tony McCoy']);
    });
    it('a run of closed quotations under one "Name said:" is a quote each, all hers', () => {
      const text =
        '# Acme\n\nCHICAGO, May 4, 2026 – The decision was slammed by Green Action.\n\nGreen Action’s director, Ana Veld, said:\n\n"Expanding the airport is a hammer blow for the climate targets of the city."\n\n"We need green leadership in the run-up to the climate talks later this year."\n';
      assert.deepEqual(speakers(text), ['Ana Veld', 'Ana Veld']);
    });
    it('the name the verb follows at once speaks, not the person an opening clause names', () => {
      const text =
        '# Acme\n\nSUVA, May 4, 2026 – The Secretary General received the visitor this morning.\n\nIn welcoming Dame Meg Taylor, Mr Amena Yauvoli said,\n\n“I am very pleased that we can welcome the Secretary General of the Forum to our offices.”\n';
      assert.deepEqual(speakers(text), ['Amena Yauvoli']);
    });
    it('a possessive opens a title, not a name', () =>
      assert.deepEqual(
        speakers(
          '# Acme\n\nCHICAGO, May 4, 2026 – Acme opened a plant.\n\nShane Devenish, CRVA’s President commented that “the anniversary is a moment to celebrate all our members”.\n',
        ),
        ['Shane Devenish'],
      ));
    it('a scare quote or a slogan is not a quotation', () => {
      assert.deepEqual(
        speakers('# Acme\n\nCHICAGO, May 4, 2026 – The UN promotes an “all of society” approach and asks ‘Confused by drugs? Talk to FRANK.’ in its adverts.\n'),
        [],
      );
    });
    it('a run of capitalised words before the verb is read the same on every run of the engine, not only the first', () => {
      // V8 compiled a lookahead inside a repeated group wrongly once the pattern had run a few
      // times: the speaker was found in the first document of a run and lost in the next ones.
      const text =
        '# Union members ratify a contract\n\nUnion members approved a contract.\n\n"Members can be proud of a solid economic package," ACWU President Ron Gettel said.\n';
      for (let run = 0; run < 5; run++) assert.deepEqual(speakers(text), ['Ron Gettel'], `run ${run + 1}`);
    });
    it('one quotation split by its attribution is one quote; a new attribution starts another', () => {
      const text =
        '# Acme\n\nCHICAGO, May 4, 2026 – Acme opened a plant.\n\n“We built it,” said Jane Doe, chief executive. “It will last a decade and more.”\n\nShe noted that the plant is “the largest of its kind in the state of Illinois.” She added that it is “one where the work is as good as any I have ever seen.”\n';
      assert.deepEqual(speakers(text), ['Jane Doe', 'Jane Doe', 'Jane Doe']);
    });
  });

  describe('media contacts', () => {
    const contacts = (body: string) => parts(`# Acme opens a plant\n\nCHICAGO, May 4, 2026 – Acme opened a plant.\n\n${body}\n`).mediaContacts;
    it('a block under a label, with a surname that is also a word', () => {
      assert.deepEqual(contacts('## Media contact\n\nOwen Park, communications manager  \nowen.park@example.org  \nTel: +1 414 555 0162'), [
        { line: 7, name: 'Owen Park', email: 'owen.park@example.org', phone: '+1 414 555 0162' },
      ]);
    });
    it('an email whose domain is written in CamelCase, and one with a word glued after it', () => {
      assert.deepEqual(
        contacts('Media contact: Ana Veld, Ana.Veld@HarbourCounty.org, 214-653-3756').map((c) => c.email),
        ['Ana.Veld@HarbourCounty.org'],
      );
      assert.deepEqual(
        contacts('Media contact: Ana Veld, ana@harbour.dePhone: +49 30 5550 1234').map((c) => c.email),
        ['ana@harbour.de'],
      );
    });
    it('capitals or a few figures inside an email’s own name are no glue; a title, a label, a name or a phone glued before it is', () => {
      const cases: [string, string][] = [
        ['For enquiries, call the media team on 0436 841 166 or email DRCmedia@commission.example', 'DRCmedia@commission.example'],
        [
          'For media enquiries, please contact Estelle Saint-Martin, Director of Communications at: Estelle.SaintMartin@Inquiry.example T. (416) 303-8424',
          'Estelle.SaintMartin@Inquiry.example',
        ],
        ['Media contact: Tom RicherCEOinvestorrelations@acme.example', 'investorrelations@acme.example'],
        ['Media contact:\nAcme - Media RelationsMedia@acme.example 203-378-2803', 'Media@acme.example'],
        ['Customer service: 0800service@acme.example, 0800-123-456', '0800service@acme.example'],
        ['Contacts:John Mason(610) 334-7135jmason@acme.example', 'jmason@acme.example'],
      ];
      for (const [body, email] of cases)
        assert.deepEqual(
          contacts(body).map((c) => c.email),
          [email],
          body,
        );
    });
    it('`Contact`, a person and a number, without a colon', () => {
      assert.deepEqual(
        contacts('Contact Jon Hale - 0428 213 146').map((c) => [c.name, c.phone]),
        [['Jon Hale', '0428 213 146']],
      );
    });
    it('a press office’s or a media team’s contacts under its label', () => {
      assert.deepEqual(
        contacts('Press Office Contacts\n\nTom Hale, Head of Media\n07891 109 146\n\nNia Roe, Media Officer\n020 7647 3696').map((c) => [c.name, c.phone]),
        [
          ['Tom Hale', '07891 109 146'],
          ['Nia Roe', '020 7647 3696'],
        ],
      );
      assert.deepEqual(contacts('Media Team Contacts:\n\nTom Hale, Head of Media\n07891 109 146').length, 1);
    });
    it('an email glued to the name it is made of, and a website glued to the email', () => {
      assert.deepEqual(
        contacts('Contact:Emily Oharaemilyo@acme.example').map((c) => [c.name, c.email]),
        [['Emily Ohara', 'emilyo@acme.example']],
      );
      assert.deepEqual(
        contacts('Media ContactBob Mikobmiko@acme.example').map((c) => [c.name, c.email]),
        [['Bob Miko', 'bmiko@acme.example']],
      );
      assert.deepEqual(
        contacts('Contact: Ana Veld, ir@acme.groupwww.acme.example').map((c) => c.email),
        ['ir@acme.group'],
      );
      assert.deepEqual(
        contacts('Contact: Ana Veld, ana@acme.comhttps://acme.example').map((c) => c.email),
        ['ana@acme.com'],
      );
    });
    it('a second block after a blank line, the agency on the line below the name', () => {
      assert.deepEqual(
        contacts(
          'For further information, please contact:\n\nRichard Lewis\nSenior communications manager\n+64 9 256 8191\n\nGerard Blank\nThe Agency (our PR agency)\n+64 27 524 3629',
        ).map((c) => [c.name, c.phone]),
        [
          ['Richard Lewis', '+64 9 256 8191'],
          ['Gerard Blank', '+64 27 524 3629'],
        ],
      );
    });
    it('a label that holds a desk’s number, then a person on the next line', () => {
      assert.deepEqual(
        contacts('For Media Inquiries: 214-706-1173\n\nLinzy Cotaya: 504-872-3446; linzy.cotaya@acme.example').map((c) => [c.name, c.phone]),
        [
          [null, '214-706-1173'],
          ['Linzy Cotaya', '504-872-3446'],
        ],
      );
    });
    it('two numbers for one person, separated by a slash, and a national number after a trunk prefix', () => {
      assert.deepEqual(
        contacts('CONTACT: John Flynn  02 6270 5477 / 0419 494 761\n\nKirsty Ward  020 7592 8128/07917628998').map((c) => [c.name, c.phone]),
        [
          ['John Flynn', '02 6270 5477'],
          ['Kirsty Ward', '020 7592 8128'],
        ],
      );
      assert.deepEqual(
        parts(
          '# Port opens a berth\n\nTAURANGA, New Zealand, May 4, 2026 – The port opened a berth.\n\nFor more information, please contact:\n\nAna Veld\nCommunications Manager\n021 865 884\n',
        ).mediaContacts.map((c) => c.phone),
        ['021 865 884'],
      );
    });
    it('a press office named without a label’s colon, with a phone', () => {
      const phones = (body: string) =>
        parts(`# Acme opens a plant\n\nCHICAGO, May 4, 2026 – Acme opened a plant today in the west of the city.\n\n${body}\n`).mediaContacts.map((c) => c.phone);
      assert.deepEqual(phones('Media Contact, 312-555-0172'), ['312-555-0172']);
      assert.deepEqual(phones('Ana Ruiz , Media Relations\n(312) 555-0338'), ['(312) 555-0338']);
      assert.deepEqual(phones('Acme Office of Public Affairs: (312) 555-6100'), ['(312) 555-6100']);
    });
    it('two people on one line, each with a phone after a title', () => {
      // The first phone read once no longer lets the first name run on into the second title.
      assert.deepEqual(
        parts(
          '# Acme opens a plant\n\nSYDNEY, May 4, 2026 – Acme opened a plant today in the west of the city.\n\nMedia contacts:  Minister Hale - Tom Brick 0434 111 923  Minister Ross - Ada Lim 0447 222 756\n',
        ).mediaContacts.map((c) => [c.name, c.phone]),
        [
          ['Tom Brick', '0434 111 923'],
          ['Ada Lim', '0447 222 756'],
        ],
      );
    });
    it('a closing line that opens by sending the reader to a person, with a phone and no label', () => {
      const sydney = (body: string) =>
        parts(
          `# Acme opens a plant\n\nSYDNEY, May 4, 2026 – Acme opened a plant today in the west of the city for its customers.\n\n“We built it,” said Jane Doe, chief executive of Acme.\n\n${body}\n`,
        ).mediaContacts.map((c) => [c.name, c.phone]);
      assert.deepEqual(sydney('For more information contact Ian Rintoul 0417 275 713'), [['Ian Rintoul', '0417 275 713']]);
      assert.deepEqual(sydney('To arrange comment: Senator Andrew Bartlett  0418 743 789'), [['Andrew Bartlett', '0418 743 789']]);
      assert.deepEqual(sydney('For further information or interviews call Erin Farley on 0404 864 593'), [['Erin Farley', '0404 864 593']]);
      // A line for tickets, or one that asks mid-sentence, is for the public.
      assert.deepEqual(sydney('For tickets call Jane Roe on 0404 864 593'), []);
      assert.deepEqual(sydney('Anyone interested in becoming a homeowner can call Jane Roe on 0404 864 593.'), []);
    });
    it('a phone glued to the name, a closing line with `tel.`, and a label asking to contact for comment', () => {
      assert.deepEqual(
        contacts('Contact:Frank Reiner703-894-4116').map((c) => [c.name, c.phone]),
        [['Frank Reiner', '703-894-4116']],
      );
      assert.deepEqual(
        contacts('Many member groups mark the day with events across the country.\n\nColleen French, Communication Coordinator, tel. 514-277-7223 (ext. 1)').map((c) => [
          c.name,
          c.phone,
        ]),
        [['Colleen French', '514-277-7223']],
      );
      assert.deepEqual(
        contacts('For further comment, please contact:\n\nSharon Ekambaram\n\nProgramme Manager\n\n+27 83 634 8924').map((c) => [c.name, c.phone]),
        [['Sharon Ekambaram', '+27 83 634 8924']],
      );
    });
    it('a sentence that offers a person for comment or an interview', () => {
      assert.deepEqual(
        contacts('For media comment, contact Mr Bob Charles, MP on telephone (02) 6277 4775.').map((c) => [c.name, c.phone]),
        [['Bob Charles', '(02) 6277 4775']],
      );
      assert.deepEqual(
        contacts('The President of the Law Society, Mr Fabian Dixon, is available for interview on (03) 6235 9311.').map((c) => [c.name, c.phone]),
        [['Fabian Dixon', '(03) 6235 9311']],
      );
      assert.deepEqual(
        contacts('For more information or to schedule an interview, contact Robin Carr at 415-766-0927 or robin@acme.example.').map((c) => [c.name, c.email]),
        [['Robin Carr', 'robin@acme.example']],
      );
    });
    it('fields run together by copy-paste', () => {
      assert.deepEqual(contacts('Contacts:John Mason(610) 334-7135jmason@example.com'), [{ line: 5, name: 'John Mason', email: 'jmason@example.com', phone: '(610) 334-7135' }]);
    });
    it('a sentence, as UN releases give them', () => {
      const found = contacts(
        'Media enquiries should be directed to Mr. Endre Stangeby via email endre@example.org or phone +47 415 43 840 and Laurence Gerard, for UNOCT in New York gerardl@example.org',
      );
      assert.deepEqual(
        found.map((c) => [c.name, c.email, c.phone]),
        [
          ['Endre Stangeby', 'endre@example.org', '+47 415 43 840'],
          ['Laurence Gerard', 'gerardl@example.org', null],
        ],
      );
    });
    it('a person who can be reached', () => {
      assert.deepEqual(
        contacts('Owen Pritchard can be reached at owen.pritchard@example.org.').map((c) => c.name),
        ['Owen Pritchard'],
      );
    });
    it('a table', () => {
      assert.deepEqual(
        contacts(
          '## Media contacts\n\n| Name | Email | Phone |\n|---|---|---|\n| Jane Doe | jane@example.com | +1 312 555 0100 |\n| Sam Lee | sam@example.com | +1 312 555 0101 |',
        ).map((c) => [c.name, c.email, c.phone]),
        [
          ['Jane Doe', 'jane@example.com', '+1 312 555 0100'],
          ['Sam Lee', 'sam@example.com', '+1 312 555 0101'],
        ],
      );
    });
    it('a sentence in the last paragraph that asks to contact an office, with its phones', () => {
      const found = contacts(
        'The schedule may change. For further information please contact the Alliance Press Office in Brussels, Tel: (+ 32-2) 555 0141 or the spokesman, Dr. Piet Claes, at his hotel (+1-202 555 0199).',
      );
      const digits = found.map((c) => c.phone?.replace(/\D/g, ''));
      assert.ok(digits.includes('3225550141'), JSON.stringify(found));
    });
    it('a sentence that asks to contact a person at an email, after another clause', () =>
      assert.deepEqual(
        contacts('For further information or to register your interest, please contact Lena Hoffmann at l.hoffmann@example.ac.nz').map((c) => [c.name, c.email]),
        [['Lena Hoffmann', 'l.hoffmann@example.ac.nz']],
      ));
    it('a label with a qualifier after a dash, and labels in German and French', () => {
      for (const label of ['Media enquiries – Not for publication:', 'Pressekontakt:', 'Contact presse :']) {
        assert.deepEqual(
          contacts(`${label}\n\nOwen Park\n\nowen.park@example.org`).map((c) => c.email),
          ['owen.park@example.org'],
          label,
        );
      }
    });
    it('name and phone lines between the headline and the lead', () => {
      const found = parts(
        '# Board receives a nomination\n\nAnn Lee: 202-555-0142\n\nBo Chen: 202-555-0199\n\nWASHINGTON, March 16, 2026 — The Board has received a nomination for the presidency of the Bank.\n',
      ).mediaContacts;
      assert.deepEqual(
        found.map((c) => [c.name, c.phone]),
        [
          ['Ann Lee', '202-555-0142'],
          ['Bo Chen', '202-555-0199'],
        ],
      );
    });
    it('a contact block that opens a document without a title is neither its headline nor missed', () => {
      const found = inspectRelease(
        lint('Media Contacts\n\nAnn Lee 203.555.0101 (O) 203.555.0102 (M)\n\nWESTPORT, Conn. (Dec. 27, 2026) - The charity thanked its donors with a record-breaking talk today.\n')
          .release,
      ).parts;
      assert.equal(found.headline, null);
      assert.deepEqual(
        found.mediaContacts.map((c) => c.name),
        ['Ann Lee'],
      );
    });
    it('"Further information:" over a person and a phone is the contact section', () => {
      const found = parts(
        '# Acme names a new CEO\n\nHELSINKI, 19 September 2026 – Acme named a new chief executive.\n\nFurther information:\n\nAnn Lee, SVP Communications, tel. +358 10 465 4541\n',
      );
      assert.equal(found.background, null);
      assert.deepEqual(
        found.mediaContacts.map((c) => c.phone),
        ['+358 10 465 4541'],
      );
    });
    it('a label with the organisation’s name before it (`RNLI media contacts:`)', () =>
      assert.deepEqual(
        contacts('RNLI media contacts:\n\nMichael MacDonald, Lifeboat Volunteer Press Officer, 07751 204647,\n\nHenry Weaver, RNLI Press Officer for Scotland, 01738 642986').map(
          (c) => [c.name, c.phone],
        ),
        [
          ['Michael MacDonald', '07751 204647'],
          ['Henry Weaver', '01738 642986'],
        ],
      ));
    it('labels written as further inquiries, further details or a request for an interview', () => {
      assert.deepEqual(
        contacts('Further inquiriesCarla Flem, Director Communications; Tel. +49 (0)176 30884085, E-Mail: flem@harbour.example').map((c) => [c.name, c.email]),
        [['Carla Flem', 'flem@harbour.example']],
      );
      assert.deepEqual(
        contacts('For further details, contact:\n\nMark Cairns\n\nChief Executive\n\nPh: 07 572 8829').map((c) => [c.name, c.phone]),
        [['Mark Cairns', '07 572 8829']],
      );
      assert.deepEqual(
        contacts('For more information or to request an interview:\n\nhello@toys.example | toys.example').map((c) => c.email),
        ['hello@toys.example'],
      );
    });
    it('a title or a label glued to the email after it', () =>
      assert.deepEqual(
        contacts('Media contact: Kyle Luong, Creative Directorkyle.luong@luong.example').map((c) => c.email),
        ['kyle.luong@luong.example'],
      ));
    it('a contact for comment, on a label or in a sentence', () => {
      assert.deepEqual(
        contacts('For comment: Jill Redwood - 03 5154 0145').map((c) => [c.name, c.phone]),
        [['Jill Redwood', '03 5154 0145']],
      );
      assert.deepEqual(
        contacts('For further comment, please contact Tom Allen on 0434 614 323').map((c) => [c.name, c.phone]),
        [['Tom Allen', '0434 614 323']],
      );
    });
    it('investor contacts are not media contacts', () => {
      assert.deepEqual(
        contacts(
          'Investor Relations contactsPhilip ReicherstorferPhone: +49 30 201638213Email: ir@example.comMedia Relations contactChristine PreyerPhone: +49 175 6459192Email: press@example.com',
        ).map((c) => c.email),
        ['press@example.com'],
      );
    });
  });

  describe('boilerplate', () => {
    it('a description above a contact block of many short lines stands in the closing half', () =>
      assert.deepEqual(
        parts(
          '# Board sends investigators to a crash\n\nThe Harbour Safety Board (HSB) is deploying a team of investigators following an aircraft accident near the municipal airport today.\n\nThe HSB is an independent agency that investigates air, marine, pipeline and rail occurrences, to advance transportation safety.\n\nFor more information, contact:\nHarbour Safety Board\nMedia Relations\nTelephone: 819-555-4376\nEmail: media@hsb.example\n',
        ).boilerplate.map((b) => b.organization),
        ['HSB'],
      ));
    it('a list of sponsors under an About is not a boilerplate each, a list of members described is', () => {
      const about =
        '# Bar wins award\n\nLONDON, 30 June 2026 – The Harbour Bar has won the Art of Hospitality award, voted for by 300 members of the academy.\n\n## About the Harbour Awards\n\nThe Harbour Awards are the region’s awards for bars, voted by an academy of 300 experts.\n\n';
      const sponsors =
        '* Clearwater – Official Water Partner, sponsor of The Best Bar in the Harbour\n* Rowan Gin – Official Gin Partner, sponsor of the Rowan Industry Icon Award\n';
      assert.equal(parts(about + sponsors).boilerplate.length, 1);
      const members =
        '* Clearwater Trust is a charity that brings clean water to the towns of the harbour since 1990\n* Rowan Society works to keep the bars of the harbour open to everyone who lives there\n';
      assert.deepEqual(
        parts(about + members).boilerplate.map((b) => b.organization),
        ['Clearwater Trust', 'Rowan Society'],
      );
    });
    const organizations = (body: string) =>
      parts(`# Acme opens a plant\n\nCHICAGO, May 4, 2026 – Acme opened a plant.\n\n“We built it to last,” said Jane Doe, chief executive.\n\n${body}\n`).boilerplate.map(
        (b) => b.organization,
      );
    it('a heading', () => assert.deepEqual(organizations('## About Acme Corp.\n\nAcme Corp. is a Chicago manufacturer founded in 1950.'), ['Acme Corp']));
    it('a closing description opened by the founding year without a comma, with an adverb before its verb’s complement', () =>
      assert.deepEqual(
        organizations(
          'Some more news about the plant and its many workers and the town that hosts it.\n\nSince 1946 Acme has been passionately committed to developing audio products that deliver uncommon performance, quality and value, as a family-owned company.',
        ),
        ['Acme'],
      ));
    it('a closing description with its size between the name and the verb, figures and all', () =>
      assert.deepEqual(
        organizations(
          'Some more news about the plant and its many workers and the town that hosts it.\n\nThe Acme Teachers’ Pension Fund, with assets valued at $46.4 billion, is the third largest public pension fund in the state. It pays benefits to 250,000 retired teachers and their families.',
        ),
        ['Acme Teachers’ Pension Fund'],
      ));
    it('a later sentence of a closing paragraph that says what the organisation named at the top is; no evidence of a release by itself', () => {
      const text =
        '# Inquest set into the death of a patient\n\nFREDERICTON, May 2, 2026 – The Riverside Coroner Service will hold an inquest into the death of a patient in the waiting room of the city hospital.\n\nThe jury will hear evidence from witnesses over five days.\n\nAn inquest is a formal court proceeding that allows for the public presentation of all evidence relating to a death. The Riverside Coroner Service is an independent fact-finding agency that does not make any finding of legal responsibility.\n';
      const { release } = lint(text);
      assert.deepEqual(
        release.boilerplate.map((b) => [b.organization, b.afterOtherText]),
        [['Riverside Coroner Service', true]],
      );
      assert.ok(!inspectRelease(release).reasons?.some((r) => r.includes('About paragraph')));
    });
    it('not a later sentence that says how the organisation is seen', () =>
      assert.deepEqual(
        organizations(
          'Acme laid off some staff on Friday, who worked tirelessly for the plant and its town. Acme is known world-wide as a leading valve company because of the people who make its valves.',
        ),
        [],
      ));
    it('not a closing paragraph about a person named with an honorific', () =>
      assert.deepEqual(
        organizations(
          'Some more news about the plant and its many workers and the town that hosts it.\n\nMr Griffin is currently the Director of Military Prosecutions in the Department of Defence, an organisation he joined in 2001.',
        ),
        [],
      ));
    it('a bold label whose name opens with figures run into letters', () =>
      assert.deepEqual(organizations('**About 3M Optical Systems**\n\n3M’s Optical Systems Division makes films that recycle light within screens, founded in 1990.'), [
        '3M Optical Systems',
      ]));
    it('not a sentence that opens with a number', () => assert.deepEqual(organizations('About 40 people came to the opening of the plant.'), []));
    it('a plain line ending in Inc.', () =>
      assert.deepEqual(organizations('About Aclarion, Inc.\n\nAclarion is a healthcare technology company based in Colorado.'), ['Aclarion, Inc']));
    it('glued to its text', () => assert.deepEqual(organizations('About KinKin is a Chicago insurer founded in 2016 that serves homeowners in many states.'), ['Kin']));
    it('a closing description without a label', () =>
      assert.deepEqual(
        organizations(
          'Some more news about the plant and its many workers and the town that hosts it.\n\nThe United Nations Office of Counter-Terrorism was established in June 2017 to provide leadership on counter-terrorism mandates.',
        ),
        ['United Nations Office of Counter-Terrorism'],
      ));
    it('two partners’ About paragraphs, the second run into its name or after a colon and a bracket', () => {
      assert.deepEqual(
        organizations(
          '## About Acme Wealth Management\n\nAcme Wealth Management is a global firm.\n\nAbout TruNorth MultifamilyTruNorth Multifamily is a national real estate investment firm based in Los Angeles.',
        ),
        ['Acme Wealth Management', 'TruNorth Multifamily'],
      );
      assert.deepEqual(
        organizations(
          'ABOUT REXA USA: Rexa USA, the parent of the group in the USA, is a distributor of electrical supplies.\n\nABOUT LEGACY CLUB: (LEGACY) is a premier racing organization owned by seven partners and founded in 2020.',
        ),
        ['REXA USA', 'LEGACY CLUB'],
      );
    });
    it('an About over a list of facts is background; a name and its website run into its description is a boilerplate', () => {
      const release = (body: string) =>
        parts(`# Acme opens a plant\n\nCHICAGO, May 4, 2026 – Acme opened a plant.\n\n“We built it to last,” said Jane Doe, chief executive.\n\n${body}\n`);
      const ship = release('About the Castor Leader\n\n- Length: 199.99 meters\n- Breadth: 34.80 meters\n- Cars: 7,000 units');
      assert.equal(ship.background?.line, 7);
      assert.deepEqual(ship.boilerplate, []);
      assert.equal(release('**Additional context about the grant recipients**\n\nThe grants go to 40 newsrooms.').background?.line, 7);
      assert.deepEqual(organizations('ACME – www.acme.comACME is a leading global logistics provider with 40,000 employees in 60 countries.'), ['ACME']);
    });
    it('study details, background and design are background', () => {
      const release = (body: string) =>
        parts(`# Acme opens a plant\n\nCHICAGO, May 4, 2026 – Acme opened a plant.\n\n“We built it to last,” said Jane Doe, chief executive.\n\n${body}\n`);
      assert.equal(release('Study details, background and design:\n\n- The study followed 1,101 adults for a year.').background?.line, 7);
    });
    it('facts, a fact sheet, a biography, a study’s method, resources and a background on a topic are background', () => {
      const release = (body: string) =>
        parts(`# Acme opens a plant\n\nCHICAGO, May 4, 2026 – Acme opened a plant.\n\n“We built it to last,” said Jane Doe, chief executive.\n\n${body}\n`);
      for (const label of [
        'Breaking New Ground – Key Facts',
        'THE FACTS',
        'ACME FACTS',
        'FACTSHEET: AUTONOMOUS VEHICLES',
        'Biography',
        'Study Methodology',
        'Event Resources',
        'Technical Background',
        'Background – San Andres Deposit',
        'Background information about aged care',
      ])
        assert.equal(release(`${label}\n\nThe plant employs 300 people and opened in 1990 on the edge of the city.`).background?.line, 7, label);
    });
    it('a media note and a note for financial editors are background', () => {
      const release = (body: string) =>
        parts(`# Acme opens a plant\n\nCHICAGO, May 4, 2026 – Acme opened a plant.\n\n“We built it to last,” said Jane Doe, chief executive.\n\n${body}\n`);
      assert.equal(release("Media Note 'Vuvale' is the word in the Fijian language for 'family'.").background?.line, 7);
      assert.equal(release('***For financial editors: the seven turbines were announced as slot reservations on April 2, 2025.').background?.line, 7);
      assert.equal(release('Background checks on every worker start in June, the company said.').background, null);
      // Run into its paragraph without a colon: a sentence that opens with a capital follows it.
      assert.equal(release('Background It was five years ago this week that the committee found the practice unlawful.').background?.line, 7);
      assert.equal(release('Background removal – Editors separate the product from what stands behind it.').background, null);
      // Glued between two sentences where copy-paste lost the lines, and an About on the research.
      assert.equal(release('The suit was filed in the district court of Montana.BackgroundWolves in Idaho and Montana lost their protection in 2011.').background?.line, 7);
      assert.equal(release('About the new research:\n\nThe studies follow 400 seedlings planted after the fire of 2021.').background?.line, 7);
    });
    it('an About on a topic (an illness, an agreement) is background, not a boilerplate', () => {
      const release = (body: string) =>
        parts(`# Acme opens a plant\n\nCHICAGO, May 4, 2026 – Acme opened a plant.\n\n“We built it to last,” said Jane Doe, chief executive.\n\n${body}\n`);
      const disease = release(
        '## About Osteoarthritis of the Knee\n\nOsteoarthritis (OA) is a progressive joint disease that is a leading cause of disability.\n\n## About Acme\n\nAcme is a company founded in 1950 that makes joints.',
      );
      assert.equal(disease.background?.line, 7);
      assert.deepEqual(
        disease.boilerplate.map((b) => b.organization),
        ['Acme'],
      );
      const glued = release(
        'About DMDDuchenne muscular dystrophy (DMD) is a fatal X-linked disorder caused by the absence of a protein.About AcmeAcme is pioneering therapies for genetic disease and was founded in 2019.',
      );
      assert.ok(glued.background);
      assert.deepEqual(
        glued.boilerplate.map((b) => b.organization),
        ['Acme'],
      );
      assert.equal(release('### About the Paris Agreement\n\nSee the agreement here: https://unfccc.example/paris.pdf').background?.line, 7);
      assert.deepEqual(
        release('About Cancer Support Community (CSC):CSC is a nonprofit organization dedicated to supporting families affected by cancer since 1990.').boilerplate.length,
        1,
      );
    });
    it('an About whose name holds a topic’s word but is an organisation’s (`About the Canadian Cancer Society`) is a boilerplate', () => {
      const found = parts(
        '# Society welcomes screening review\n\nTORONTO, May 4, 2026 – The Canadian Cancer Society welcomed the review of the screening guideline.\n\n“Women have waited long enough,” said Ann Lee, chief executive.\n\n## About the Canadian Cancer Society\n\nThe Canadian Cancer Society works relentlessly to save and improve lives, funding research and supporting people living with cancer.\n',
      );
      assert.equal(found.background, null);
      assert.deepEqual(
        found.boilerplate.map((b) => b.organization),
        ['Canadian Cancer Society'],
      );
    });
    it('a run-in label whose name the paragraph says again in another form', () =>
      assert.deepEqual(organizations('About APGFCU APG Federal Credit Union is a member-owned, not-for-profit financial cooperative serving 100,000 members in Maryland.'), [
        'APGFCU',
      ]));
    it('a closing description of a church or a station, but not a pronoun’s sentence', () => {
      assert.deepEqual(
        organizations(
          'Some more news about the plant and its many workers and the town that hosts it.\n\nThe Harbour Church is the third largest denomination in the region, with more than 40,000 people and 3,000 regular attenders.',
        ),
        ['Harbour Church'],
      );
      assert.deepEqual(
        organizations(
          'Some more news about the plant and its many workers and the town that hosts it.\n\nHe is a graduate of the University of Otago and holds a doctorate from Rutgers University in history.',
        ),
        [],
      );
    });
    it('two unlabelled closing descriptions, one after the other, but not a person and their town', () => {
      assert.deepEqual(
        organizations(
          'Some more news about the plant and its many workers and the town that hosts it.\n\nThe Acme Foundation is a nonprofit that focuses on water for towns and has members in 40 countries.\n\nParity Technologies is a core infrastructure company founded in 2015 with offices in Berlin and London.',
        ),
        ['Acme Foundation', 'Parity Technologies'],
      );
      assert.deepEqual(
        organizations(
          'Some more news about the plant and its many workers and the town that hosts it.\n\nKeran, of Inver Grove Heights, is a controller with Best Buy in Richfield and a member of the society.',
        ),
        [],
      );
    });
    const runIn: [string, string, string[]][] = [
      [
        'a colon after the name, inside a release pasted onto one line',
        'Acme will keep its brand.  About Acme: Remote sensing of farm water has long been costly for growers in the valley.',
        ['Acme'],
      ],
      ['a colon glued to the text', 'About Harbour Care Network (HCN):HCN is a nonprofit organization that supports families in the bay area.', ['Harbour Care Network (HCN)']],
      [
        'notes to editors, then About with a colon',
        'Notes for Editors: About Fenwick Capital LLC: Fenwick Capital is an investment adviser with offices in New York.',
        ['Fenwick Capital LLC'],
      ],
      [
        'a legal form before the description',
        '“We grow,” she said.  About Riverbend Worth, Inc. Founded by Dr. Lena Hoffmann, Riverbend Worth helps women start companies.',
        ['Riverbend Worth, Inc'],
      ],
      [
        'the name said again without its legal form',
        'About Veldkamp AGVeldkamp is a leading European provider of business telephony with a focus on small firms.',
        ['Veldkamp AG'],
      ],
    ];
    for (const [what, body, expected] of runIn) it(what, () => assert.deepEqual(organizations(body), expected));
    it('a closing description of a project whose name starts in lower case, or that exists to do something', () => {
      const middle = 'Some more news about the release and the many people who worked on it for a year.';
      assert.deepEqual(organizations(`${middle}\n\nThe openHarbor Project is a worldwide community that promotes open maps of ports everywhere.`), ['openHarbor Project']);
      assert.deepEqual(organizations(`${middle}\n\nVeldnet exists to enable open source software on small boards and to help its members ship sooner.`), ['Veldnet']);
    });
    it('a boilerplate labelled in German, and a background labelled "Notes"', () => {
      assert.deepEqual(organizations('Über Acme Services GmbH:\n\nDie Acme Services GmbH mit Sitz in Berlin ist ein Beratungshaus.'), ['Acme Services GmbH']);
      assert.ok(parts('# Acme\n\nBUDAPEST, 6 March 2026 – Acme joined the group.\n\n**Notes:**\n\n1: The group was formed in 2016.\n').background);
    });
    it('an About label whose bold was left open onto the next paragraph', () =>
      assert.deepEqual(
        organizations(
          '**About Code for Acme\n\n** Code for Acme connects the talent of the tech industry with local governments to make cities more open.\n\n**About the Harbour Foundation\n\n** The Harbour Foundation supports ideas that promote quality journalism and engage communities.',
        ),
        ['Code for Acme', 'Harbour Foundation'],
      ));
    it('a background label whose emphasis marks were left broken', () => {
      assert.ok(parts('# Acme\n\nLONDON, 6 March 2026 – Acme opened a lab.\n\n***Notes to Editors**\n\nThe lab was built in 2025.\n').background);
      assert.ok(parts('# Acme\n\nLONDON, 6 March 2026 – Acme opened a lab.\n\n**Background notes:  \n**\n\nThe lab was built in 2025.\n').background);
    });
    it('a background heading that names what else it holds', () =>
      assert.ok(
        parts('# Acme\n\nOITA, Japan, 6 March 2026 – Acme and the university built a model.\n\n## Background and Outline of Research\n\nThe model was trained on 3,000 scans.\n')
          .background,
      ));
    it('a background labelled further background, or biographical notes on a person', () => {
      const release = (body: string) =>
        parts(`# Acme opens a plant\n\nCHICAGO, May 4, 2026 – Acme opened a plant.\n\n“We built it to last,” said Jane Doe, chief executive.\n\n${body}\n`);
      assert.equal(release('## Further Background\n\nThe plant stands on the site of the old mill.').background?.line, 7);
      assert.equal(release('Biographical Notes: Matt Gregory\n\nMatt grew up in Dunedin and studied law.').background?.line, 7);
    });
    it('a background section labelled in German', () =>
      assert.ok(parts('# Acme\n\nBERLIN, 4. Mai 2026 – Acme eröffnet ein Werk.\n\nHintergrund:\n\nAcme wurde 1950 gegründet.\n').background));
    it('not a sentence that starts with About', () => assert.deepEqual(organizations('About 300 volunteers took part, twice as many as last year.'), []));
  });

  describe('datelines', () => {
    it('a place never ends in a particle: `Established on April 1, 2022 as …` under an About is no dateline', () => {
      const found = parts(
        '# Acme gears up for the Games\n\n--News Direct--\n\nAcme will supply projectors and displays for the Games in Paris this summer, its largest deployment so far.\n\nThe company has supplied equipment to the Games for over thirty years.\n\n## About Acme North America\n\nEstablished on April 1, 2022 as part of the group’s switch to an operating company system, Acme North America is a company offering hardware and services.\n',
      );
      assert.equal(found.dateline, null);
      assert.deepEqual(
        found.boilerplate.map((b) => b.organization),
        ['Acme North America'],
      );
    });
    it('a place and a date set in square brackets before the dash, as Singapore’s ministries write them', () => {
      const found = parts('# Agency funds eight projects\n\n[SINGAPORE, 16 JUNE 2026] – The research agency has launched eight projects under its new initiative.\n');
      assert.deepEqual(found.dateline, { line: 3, city: 'SINGAPORE', date: '2026-06-16' });
      assert.equal(parts('# Agency funds eight projects\n\n[City], [Date] – The research agency has launched eight projects.\n').dateline?.city, '[City]');
    });
    it('a place and a date alone on the last line date the release where it was signed, and open no lead', () => {
      const text =
        '# Academy elects its first woman president\n\nThe Academy of Sciences elected Prof. Ann Lee as its president on Tuesday, the first woman to hold the post since 1782.\n\nShe succeeds Prof. Marco Rossi, who guided the Academy for over ten years.\n\nThe Academy of Sciences was founded in 1782 as the Italian Society, with the aim of joining the scientists of a divided country.\n\nRome, June 7th, 2011\n';
      const found = parts(text);
      assert.equal(found.dateline, null);
      assert.deepEqual(
        found.boilerplate.map((b) => b.organization),
        ['Academy of Sciences'],
      );
    });
    it('a place in capitals glued to the lead is a trace of the dateline; a brand’s two capitals are not', () => {
      const trace = (lead: string) => lint(`# Fire in a warehouse\n\n${lead}\n`).release.traces.dateline?.what ?? null;
      assert.equal(trace('FALL RIVERFall River Fire Chief Ann Roe said today that a candle caused the fire.'), 'the place “FALL RIVER”');
      assert.equal(trace('JPMorgan Chase today gave two million dollars to the families who lost their homes.'), null);
    });
    it('a place and a date above the title, with a release line and a label between them, leave the title the headline', () => {
      const found = parts(
        'Leeds, 9 Mar 2026.\n\nFor immediate release.\n\nPress Release\n\n# Drivers’ Group Surveys Breakdown Firms\n\nThe Northern Drivers’ Association has surveyed the five largest breakdown firms on their views about road pricing and speed cameras.\n',
      );
      assert.equal(found.headline?.text, 'Drivers’ Group Surveys Breakdown Firms');
    });
    it('a place and a date alone below the story sign it off, though the contacts and an About follow them', () => {
      const found = parts(
        '# Nordvik buys a pump maker in Ohio\n\nNordvik AB has bought Lakeshore Pumps, a maker of heat pumps for schools and hospitals in Ohio and Michigan.\n\nLakeshore Pumps employs 120 people and sells to public buyers across the Midwest through its own dealers.\n\n“The deal gives us a factory and a name in the American market we could not have built alone,” says Eva Lind, CEO of Nordvik.\n\nGöteborg, 14 February, 2026\n\nFor further information please contact Eva Lind, +46 31 555 01 20.\n\nNordvik AB is an industrial group founded in 1985 that owns companies in heating, ventilation and water treatment.\n',
      );
      assert.equal(found.dateline, null);
      assert.deepEqual(
        found.quotes.map((q) => q.speaker),
        ['Eva Lind'],
      );
    });
    it('a name and a dash in a contact block above the title gives way to the dated dateline below it', () => {
      const found = parts(
        'Dana Reyes – Corporate and Government Affairs\n(303) 555-0100\n\nSam Poe – Investor Relations\n(303) 555-0101\n\n# Harbour Foods Declares a Quarterly Dividend\n\nDenver, Colo., October 10, 2026 - The board of Harbour Foods today declared a quarterly dividend of 9 cents a share.\n',
      );
      assert.equal(found.dateline?.city, 'Denver, Colo.');
      assert.equal(found.headline?.text, 'Harbour Foods Declares a Quarterly Dividend');
    });
    it('a place and a dash in a short list item below the prose is an item, not a dateline; one before a lead is', () => {
      const summary =
        'The Harbour Trust today named the six startups of its first cohort, who will share grants of up to $20,000 each and a year of mentoring from the trust’s partners.';
      assert.equal(
        parts(
          `# Harbour Trust Names Its First Cohort\n\n${summary}\n\n* Tata-Lima (Peru) – Providing a fiat-backed stablecoin to connect the informal and formal economies of Peru, enabling seamless transactions.\n* Kivu Pay (Rwanda) – Payments for market traders.\n`,
        ).dateline,
        null,
      );
      const lead =
        'New York – At the 81st session of the General Assembly, representatives of governments, civil society and the private sector met to agree on the next steps for the compact.';
      assert.equal(parts(`# Harbour Trust Joins the Compact\n\n${summary}\n\n${lead}\n`).dateline?.city, 'New York');
    });

    const dateline = (lead: string) => parts(`# Acme opens a plant\n\n${lead} Acme opened a plant today.\n`).dateline;
    const forms: [string, string, string | null][] = [
      ['SAN FRANCISCO, Sept. 4, 2015 –', 'SAN FRANCISCO', '2015-09-04'],
      ['BOULDER, Colo., March 3, 2026 —', 'BOULDER, Colo.', '2026-03-03'],
      ['CHICAGO, June 17, 2025 /PRNewswire/ --', 'CHICAGO', '2025-06-17'],
      ['VIENNA, Va.--(BUSINESS WIRE)--', 'VIENNA, Va.', null],
      ['TAMPA, FL, July 2, 2024 (GLOBE NEWSWIRE) --', 'TAMPA, FL', '2024-07-02'],
      ['RALEIGH, NC / ACCESSWIRE / December 5, 2023 /', 'RALEIGH, NC', '2023-12-05'],
      ['BERLIN - October 1, 2025 (NEWMEDIAWIRE) -', 'BERLIN', '2025-10-01'],
      ['HAIKOU, CHINA – Media OutReach Newswire – 10 August 2026 –', 'HAIKOU, CHINA', '2026-08-10'],
      ['London, 14 October 2025 –', 'London', '2025-10-14'],
      ['**SAN FRANCISCO, Nov. 30, 2016** —', 'SAN FRANCISCO', '2016-11-30'],
      ['February 17, 2025, Mississauga, ON --', 'Mississauga, ON', '2025-02-17'],
      ['New Delhi : October 8, 2009', 'New Delhi', '2009-10-08'],
      ['(ExampleWire) - January 30, 2026 - DALLAS, Jan. 30, 2026 –', 'DALLAS', '2026-01-30'],
      ['SAN FRANCISCO, Sept. 31, 2026 –', 'SAN FRANCISCO', null],
      // A dateline in brackets with no comma before the year; a place with particles and its region
      // in brackets; a distributor's bracketed credit before the place and a slashed one after the date.
      ['(Rio de Janeiro, May 3 2021). –', 'Rio de Janeiro', '2021-05-03'],
      ['Santa Cruz de la Sierra (Bolivia), June 2, 2024 /24-7PressRelease/ --', 'Santa Cruz de la Sierra (Bolivia)', '2024-06-02'],
      ['(WireFeed) NAIROBI Kenya March 4 2016/Pan African Press Service (PAPS)/ --', 'NAIROBI Kenya', '2016-03-04'],
      // A province's postal code that is also a Swedish company's form; credits on both sides of the place.
      ['PINE LAKE NATIONAL PARK, AB, May 26, 2026 /ExampleWire/ -', 'PINE LAKE NATIONAL PARK, AB', '2026-05-26'],
      ['(wirefeed) - SARNIA, ONTARIO -- (ExampleWire) -- 11/18/26 --', 'SARNIA, ONTARIO', '2026-11-18'],
      // A no-break space before the dash: the blanked credit runs into the piece after the place.
      ['CARSON CITY, NV\u00a0- (ExampleWire) - September 26, 2026 -', 'CARSON CITY, NV', '2026-09-26'],
    ];
    for (const [written, city, date] of forms) {
      it(written, () => assert.deepEqual(dateline(written), { line: 3, city, date }));
    }
    it('the wire’s own form, its credit and the date before the place alone, dates the dateline', () =>
      assert.deepEqual(parts('# Coaches named\n\n(ExampleWire) - October 16, 2026 - HOUSTON — Twenty-seven coaches make up this year’s watch list.\n').dateline, {
        line: 3,
        city: 'HOUSTON',
        date: '2026-10-16',
      }));
    for (const [opening, city] of [
      ['Washington,D.C.- ', 'Washington,D.C.'],
      ['**WALPOLE, MA** ', 'WALPOLE, MA'],
      ['New York –\u00a0', 'New York'],
      // Whatever dash the writer's system typed: tripled hyphens, a dash and a hyphen, `⎯`, a horizontal bar.
      ['ARLINGTON, Va. --- ', 'ARLINGTON, Va.'],
      ['BASSETERRE, St. Kitts –- ', 'BASSETERRE, St. Kitts'],
      ['ST. IGNACE, Mich. ⎯ ', 'ST. IGNACE, Mich.'],
      ['Suva ― ', 'Suva'],
      ['**WALPOLE, MA** Acme and [Printfection](http://example.com/store/) ', 'WALPOLE, MA'],
      // A hyphen glued to the lead instead of the place; a place and its region in brackets, no dash.
      ['**DEDHAM, MA** -', 'DEDHAM, MA'],
      ['DEDHAM, MA -', 'DEDHAM, MA'],
      ['(Halifax-Kjipuktuk, NS) ', 'Halifax-Kjipuktuk, NS'],
      ['(HALIFAX, NS) ', 'HALIFAX, NS'],
    ]) {
      it(`a place without a date: ${JSON.stringify(opening)}`, () =>
        assert.deepEqual(parts(`# Aid reaches the north\n\n${opening}The charity today launched new data profiles for every state in the country.\n`).dateline, {
          line: 3,
          city,
          date: null,
        }));
    }
    it('not a filing code with a slashed part before a date, which a fix would otherwise write blanks over', () => {
      const text =
        '# Bank renews two rating agencies\n\nERD/M&PRD/PR/01/2026-81 July 30, 2026\n\nThe bank has renewed the status of both credit rating agencies operating in the country for a year.\n';
      assert.equal(parts(text).dateline, null);
      const config = resolveConfig([presetLayer('international'), { source: 'test', config: { releaseDetection: 'always' } }]);
      assert.ok(fix(text, config).text.includes('ERD/M&PRD/PR/01/2026-81'));
    });
    it('not a bracketed aside before the lead', () =>
      assert.equal(parts('# Aid reaches the north\n\n(From left, Jane Roe and Ann Lee) The charity today launched new data profiles for every state.\n').dateline, null));
    it('not a hashtag and a dash opening a paragraph; a dated one is a place', () => {
      assert.equal(
        parts(
          '# Diner turns sixty\n\nThe diner chain marks sixty years with a month of events for its guests in every city.\n\n#ShareYourFlair Challenge – The chain invites guests to share pictures of their own flair with the hashtag.\n',
        ).dateline,
        null,
      );
      assert.equal(
        parts('# Weekend outages\n\n#Nassau, August 7, 2026 – The power company apologises to its customers for the outages of the weekend.\n').dateline?.city,
        'Nassau',
      );
    });
    it('not a bold subheading run into a paragraph below the body’s first prose, and the quotations above it are read', () => {
      const found = parts(
        '# Foundation welcomes a new member\n\nThe Harbour 3D Foundation is proud to announce Acme Games as a premier member alongside six other companies of the industry, to make the tools of real-time 3D open to every artist.\n\n“Open standards will let creators move their work between tools,” said Dana Petit, chief technology officer of Acme Games.\n\n**Celebrating Its First Birthday**\nThe Foundation and its anchor project celebrate their first birthday as they welcome Acme Games into a community that has grown to more than two hundred contributors in a year.\n',
      );
      assert.equal(found.dateline, null);
      assert.deepEqual(
        found.quotes.map((q) => q.speaker),
        ['Dana Petit'],
      );
    });
    it('not a bold label that opens a line', () =>
      assert.equal(parts('# Weekly meeting\n\n**Attendees:** Priya Natarajan (chair), Owen Pritchard, Leah Grant and Sam Okoye\n').dateline, null));
    it('not a label where the place should be', () => {
      assert.equal(
        parts('# Virus warning for the holidays\n\nDecember 21, 2000 Acme Press Release\n\nAcme is warning companies to be careful over the holidays.\n').dateline,
        null,
      );
      assert.equal(parts('# Lands stay open\n\nDNR NEWS, Oct. 11, 2013 – Many public lands remain open to hunters during the shutdown.\n').dateline, null);
    });
    it('a place and a date without its year before a wire’s credit in slashes, or on a line of its own', () => {
      assert.equal(
        parts('# Camera edits in the camera\n\nCHATSWORTH, Calif., July 13 /PRNewswire-FirstCall/ -- A video mode tops the feature set of the new camera.\n').dateline?.city,
        'CHATSWORTH, Calif.',
      );
      assert.equal(
        parts('# Governor issues a weather proclamation\n\nWASHINGTON, January 8 - Story\n\nThe governor issued an emergency proclamation today around winter weather.\n').dateline
          ?.city,
        'WASHINGTON',
      );
    });
    it('a place and a date without its year before a wire’s credit', () =>
      assert.deepEqual(
        parts('# Aid reaches the north\n\nSPRING VALLEY, N.Y., July 19 (HSMN NewsFeed) -- The company today announced the approval of its first generic tablet.\n').dateline,
        {
          line: 3,
          city: 'SPRING VALLEY, N.Y.',
          date: null,
        },
      ));
    it('places without a date, with the issuer’s credit', () =>
      assert.deepEqual(parts('# Aid reaches the north\n\nGeneva/Nairobi (ICRC) – The recent fighting has driven many families from their homes in the north.\n').dateline, {
        line: 3,
        city: 'Geneva/Nairobi',
        date: null,
      }));
    it('not a sentence that names a person and ends with a date', () =>
      assert.equal(dateline('Ana Veld (50), MSc, MBA, will start as the CEO of Acme Board Corporation on 1 October 2026.'), null));
    it('not a sentence that opens with a day', () => assert.equal(dateline('On Saturday, June 3rd, at sunset, people met.'), null));
    it('not a website’s author and date line above the title, but the place and date below it', () =>
      assert.deepEqual(
        parts(
          'Admin | May 14, 2026\n\nClerk Arrested in Title Fraud Scheme\n\nMiami (May 14, 2026)\n\nA tag agency clerk was arrested today on charges of forging car titles worth $3 million.\n',
        ).dateline,
        { line: 5, city: 'Miami', date: '2026-05-14' },
      ));
    for (const line of [
      'Last Edited: October 27, 2026 – ',
      'Effective March 30, 2026 – ',
      'MINISTRY OF HEALTH, 2 September 2026 – ',
      'Harbour Administration Services Limited, 14 June 2026 – ',
    ]) {
      it(`not a page's or an office's dating line: ${JSON.stringify(line)}`, () => assert.equal(dateline(line)?.city ?? null, null));
    }
    it('not a web address glued to a label, whose slashes look like a wire’s credit', () =>
      assert.equal(
        parts(
          '# Acme opens a plant\n\nAcme opened a plant in Ohio today, its largest, and will hire 400 people there this year.\n\nContact DetailsAcme\n\nCompany Websitehttps://www.acme.example/\n',
        ).dateline,
        null,
      ));
  });
});

describe('headlines below a letterhead', () => {
  const lead = 'The society today published its guide to safe boating for the summer season.';
  const cases: [string, string][] = [
    ['a letterhead with a company number', 'Harbour Rowing Society Limited  ABN 12 345 678 901\n\n1 Quay Street, Portside 2600  Telephone: (02) 5550 1000'],
    ['a label split over two lines', 'MEDIA\n\nRELEASE'],
    ['a contact line with a short local number', 'Contact: Ana Veld, Harbour Rowing Society, 295-1234'],
    ['a label line with the release line and the date', 'PRESS RELEASE FOR IMMEDIATE RELEASE June 28, 2026'],
    ['a letterhead that ends with the release’s number', 'Senator Ana Veld  Senator for Tasmania  30 NOVEMBER, 2026        MEDIA RELEASE                   01/730'],
    ['a line that says when the release was issued', 'This press release was issued on 08/07/26'],
    ['a web address alone', 'http://www.rowing.example'],
    ['the document’s kind and its issuer', 'Press Release – Harbour Rowing'],
    ['a date and the time it was posted', 'Thursday, 2 March, 2026 - 15:10'],
    ['a website’s author and date line', 'Admin | May 14, 2026'],
    ['an office’s name and a date', 'MINISTRY OF HEALTH 2 SEPTEMBER 2026'],
    ['a month and a day alone', 'Apr 19'],
    ['the document’s kind glued to its weekday and date', 'Harbour Rowing Society News ReleaseMonday, September 18th, 2026'],
    ['a byline', '**FOR IMMEDIATE RELEASE**\n**By the Harbour Rowing Society Media Team**'],
    ['a filing’s exhibit number', 'Exhibit 99.1'],
    ['the issuer’s name above the document’s kind', 'Harbour Rowing Society\n\nMedia release'],
    ['a press note’s label', 'Press- Note'],
    ['a bullet typed as a character', '•             Please, wear a life jacket'],
    ['a website and its handle', 'www.rowing.example @rowingsoc'],
    ['a minister’s letterhead', 'Senator the Hon Ana Veld QC'],
    ['a contact label with its details', 'Media contacts: Ana Veld, 0455 448 985'],
  ];
  for (const [what, top] of cases) {
    it(`the # title, not ${what}`, () => {
      const found = parts(`${top}\n\n# Rowing Society Publishes Safe Boating Guide\n\n${lead}\n`).headline;
      assert.equal(found?.text, 'Rowing Society Publishes Safe Boating Guide');
    });
  }
  for (const [what, top] of [
    ['a contact’s name and a local number under `Contact:`', 'Contact: Ana Veld\nPhone: 373-2105'],
    ['the people under a contact label', 'FOR IMMEDIATE RELEASE\n\nFor more information:\nAna Veld, Marketing and Communications Director\nBo Chen, Scout Executive'],
  ]) {
    it(`the plain title line, not ${what}`, () => {
      const found = parts(`${top}\n\nRowing Society Publishes Safe Boating Guide\n\n${lead}\n`).headline;
      assert.equal(found?.text, 'Rowing Society Publishes Safe Boating Guide');
    });
  }
  it('a byline, then a place and date above a `##` title: the title is the headline, the place and date the dateline', () => {
    const found = parts(
      `**FOR IMMEDIATE RELEASE**\n**By Harbour Media Team**\n**Kampala, Uganda – September 6, 2026**\n\n## Rowing Society Publishes Safe Boating Guide\n\n${lead}\n`,
    );
    assert.equal(found.headline?.text, 'Rowing Society Publishes Safe Boating Guide');
    assert.equal(found.dateline?.city, 'Kampala, Uganda');
  });
  it('a `##` title, with no `#` one, outweighs a letterhead and its reference above it', () =>
    assert.equal(
      parts(`**Office of the Secretary**\n**Ref:** HRS/PR/02/26\n**For Immediate Release**\n\n## Rowing Society Publishes Safe Boating Guide\n\n${lead}\n`).headline?.text,
      'Rowing Society Publishes Safe Boating Guide',
    ));
  for (const section of ['# Background', '# Notes to editors', '# About the Harbour Rowing Society']) {
    it(`a plain first line is still the headline when a short release's sections are set as ${section}`, () =>
      assert.equal(
        parts(`Rowing Society Publishes Safe Boating Guide\n\n${lead}\n\n${section}\n\nThe society was founded in 1901.\n`).headline?.text,
        'Rowing Society Publishes Safe Boating Guide',
      ));
  }
});

describe('a plain title below the lines that name the issuer', () => {
  const lead = 'The minister today announced that the myGov service will double its capacity from Monday, so that people can claim support online.';
  const cases: [string, string][] = [
    ['an office-holder’s letterhead in capitals', 'ANA VELD MP  SHADOW MINISTER FOR GOVERNMENT SERVICES  MEMBER FOR HARBOUR\n\nSHADOW MINISTER FOR FAMILIES  MEMBER FOR PORTSIDE'],
    ['an office alone', 'Minister for Employment Services'],
    ['offices run together', 'Attorney-General Leader of the Government in the Senate'],
    ['an authorisation line', 'The Hon Ana Veld MP\n\nMEDIA RELEASE\n\nAuthorised by A. Veld MP, Canberra\n\nWednesday, 25 March 2026'],
    ['a department and its office', 'Department of the Interior\n\nOffice of the Secretary'],
    ['a company’s registered name', 'Harbour Pacific Airways Limited'],
    [
      'a letterhead a PDF broke mid-word, closed by the document’s kind',
      'The Hon Ana Veld MP Minister for V\n\n\n\neterans’ Affairs\n\nMinister for Defence Personnel\n\nMEDIA RELEASE',
    ],
    ['an office’s last word wrapped onto a line of its own', 'THE HON ANA VELD MP\n\nSHADOW MINISTER FOR VETERANS’ AFFAIRS AND DEFENCE\n\nPERSONNEL\n\nMEMBER FOR BLAIR'],
    // The document's kind, however the issuer names it.
    ['a media alert', 'Media Alert'],
    ['a public service announcement', 'PUBLIC SERVICE ANNOUNCEMENT'],
    ['a photo release', 'Photo Release'],
    ['a press kit', 'Press Kit'],
    ['an exchange announcement', 'ASX Company Announcement'],
    ['a line to the news desk', 'ATTENTION: NEWS DESK'],
  ];
  for (const [what, top] of cases) {
    it(`the title, not ${what}`, () => assert.equal(parts(`${top}\n\nMYGOV SERVICE TO DOUBLE ITS CAPACITY\n\n${lead}\n`).headline?.text, 'MYGOV SERVICE TO DOUBLE ITS CAPACITY'));
  }
  it('a title in capitals that a PDF wrapped onto a second line is one title; a short title keeps its subtitle apart', () => {
    assert.equal(
      parts(`ANA VELD MP\n\nMYGOV SERVICE TO DOUBLE ITS CAPACITY FOR EVERY CLAIM AND\n\nEVERY PAYMENT FROM MONDAY\n\n${lead}\n`).headline?.text,
      'MYGOV SERVICE TO DOUBLE ITS CAPACITY FOR EVERY CLAIM AND EVERY PAYMENT FROM MONDAY',
    );
    assert.equal(parts(`ANA VELD MP\n\nMYGOV SERVICE DOUBLES\n\nMORE CLAIMS ONLINE\n\n${lead}\n`).headline?.text, 'MYGOV SERVICE DOUBLES');
  });
  it('a title in capitals that holds a minister’s office but a verb too is the title', () =>
    assert.equal(parts(`ANA VELD MP  SHADOW MINISTER FOR GOVERNMENT SERVICES\n\nMINISTER MUST GET MYGOV WORKING\n\n${lead}\n`).headline?.text, 'MINISTER MUST GET MYGOV WORKING'));
  it('a contact under the letterhead, above the title, is read', () =>
    assert.deepEqual(
      parts(
        `Department of the Interior\n\nOffice of the Secretary\n\nDana Hart, 202-555-0174\n\nSecretary Awards $4 Million in Water Grants\n\n(PHOENIX) - ${lead}\n`,
      ).mediaContacts.map((c) => [c.name, c.phone]),
      [['Dana Hart', '202-555-0174']],
    ));
});

describe('headline text', () => {
  const lead = 'The society today published its guide to safe boating for the summer season, with a chapter for families.';
  it('leaves out the document’s kind before the title on its line', () =>
    assert.equal(parts(`# Press release: Rowing Society Publishes Safe Boating Guide\n\n${lead}\n`).headline?.text, 'Rowing Society Publishes Safe Boating Guide'));
  it('leaves out the document’s kind and its issuer before the title', () =>
    assert.equal(
      parts(`# Press release issued by the Harbour Rowing Society: Society Publishes Safe Boating Guide\n\n${lead}\n`).headline?.text,
      'Society Publishes Safe Boating Guide',
    ));
  it('takes in the rest of a # title broken over two lines', () =>
    assert.equal(
      parts(`# Rowing Society Opens a New Boathouse\n\nat the Mouth of the Harbour\n\n${lead}\n`).headline?.text,
      'Rowing Society Opens a New Boathouse at the Mouth of the Harbour',
    ));
  it('not a release line below the title', () =>
    assert.equal(parts(`# Rowing Society Opens a New Boathouse\n\nfor release\n\n${lead}\n`).headline?.text, 'Rowing Society Opens a New Boathouse'));
});

describe('no headline', () => {
  const lead = 'The society today published its guide to safe boating for the summer season, with a chapter for families.';
  for (const [what, line] of [
    ['two short sentences', 'No rowers were hurt. All boats are accounted for.'],
    ['a quotation', '“Every child on the water should wear a life jacket, and every parent should check that it fits before the boat leaves.”'],
    ['a sign-off', 'Published by the Harbour Rowing Society'],
    ['a source line', 'Source: www.harbourrowing.example'],
    ['a bracketed credit of the issuer', '(Press release from the City of Harbour.)'],
    ['a credit of the issuer’s office', '(From the Harbour County Sheriff’s Office)'],
    ['the document’s kind and its issuer', 'Press Release from the Harbour Rowing Society.'],
  ]) {
    it(`is ${what}`, () => assert.equal(parts(`${line}\n\n${lead}\n`).headline, null));
  }
});

describe('no headline below the body’s prose', () => {
  it('a short closing line after the prose is not the headline, and the quotations above it are read', () => {
    const text =
      'Jane Roe, the trade minister, today launched the 2026 Export Awards. Entries close in June.\n\nMs Roe said the state and territory awards open from today, with the winners going on to compete for the national titles at a gala dinner at the end of the year.\n\n“The awards give exporters the recognition their hard work has earned in markets around the world,” Ms Roe said.\n\nVisit the awards website for more information.\n';
    assert.notEqual(parts(text).headline?.text, 'Visit the awards website for more information.');
    assert.deepEqual(speakers(text), ['Jane Roe']);
  });
});

describe('release lines after the document’s kind', () => {
  it('between dashes, or for immediate use, is the release line', () => {
    const lead = '\n\n# Society publishes its boating guide\n\nThe society today published its guide to safe boating for the summer season, with a chapter for families.\n';
    assert.equal(parts(`—FOR IMMEDIATE RELEASE—${lead}`).releaseLine?.kind, 'immediate');
    assert.equal(parts(`For immediate use${lead}`).releaseLine?.kind, 'immediate');
  });
  it('closing a line after a date, a phone number or a bracket is the release line; a title that calls for an immediate release is not', () => {
    const body = '\n\n# Society publishes its boating guide\n\nThe society today published its guide to safe boating for the summer season, with a chapter for families.\n';
    for (const line of ['Thursday 14 August 2026 – for immediate release', '(for immediate release)', 'CONTACT: Ana Veld @ 202-555-0100 FOR IMMEDIATE RELEASE']) {
      assert.equal(parts(`${line}${body}`).releaseLine?.line, 1, line);
    }
    const wire = parts(
      'Bellingham, Wa. (ExampleWire) Tuesday Jan 27, 2026 — FOR IMMEDIATE RELEASE\n\nThe society today published its guide to safe boating for the summer season.\n',
    );
    assert.equal(wire.releaseLine?.line, 1);
    assert.equal(wire.dateline?.date, '2026-01-27');
    assert.equal(parts('# Lawyers’ Groups Call for Immediate Release\n\nThe society today asked the courts to free the six lawyers held since June.\n').releaseLine, null);
  });
  it('`PRESS RELEASE FOR IMMEDIATE RELEASE` is the release line', () =>
    assert.equal(
      parts('PRESS RELEASE FOR IMMEDIATE RELEASE\n\n# Rowing Society Publishes Safe Boating Guide\n\nThe society today published its guide.\n').releaseLine?.kind,
      'immediate',
    ));
  it('a title after the release line’s colon is the headline, and the release line its label alone', () => {
    const found = parts(
      'FOR IMMEDIATE RELEASE: Harbour County DA Announces Grant for Victim Services\n\nHARBOUR CITY, Texas, April 27, 2026 – The district attorney announced a grant today.\n',
    );
    assert.equal(found.releaseLine?.kind, 'immediate');
    assert.equal(found.headline?.text, 'Harbour County DA Announces Grant for Victim Services');
  });
  it('a release line on a line of its own inside the letterhead’s paragraph, its title running on to the next line', () => {
    const found = parts(
      'April 27, 2026 Contact: Ana Veld\nHarbour County District Attorney’s Office\n214-555-0100 (Office)\nana.veld@harbour.example\nFOR IMMEDIATE RELEASE: Harbour County DA Announces $500K\nFederal Grant for Victim Services\n(HARBOUR CITY) – The district attorney announced a grant today for the county’s victims of crime.\n',
    );
    assert.equal(found.releaseLine?.kind, 'immediate');
    assert.equal(found.headline?.text, 'Harbour County DA Announces $500K Federal Grant for Victim Services');
  });
  it('an embargo on the line below a bold title, in the same paragraph', () => {
    const found = parts('**Rowing Society Publishes Safe Boating Guide**  \nEmbargoed until 7 pm, 16 December 2026\n\nThe society today published its guide to safe boating.\n');
    assert.equal(found.releaseLine?.embargoUntil, '2026-12-16T19:00');
  });
  it('`Media Release – Embargoed until Midday 21 January` is an embargo', () =>
    assert.equal(
      parts('Media Release – Embargoed until Midday 21 January\n\n# Rowing Society Publishes Safe Boating Guide\n\nThe society today published its guide.\n').releaseLine?.kind,
      'embargo',
    ));
});

describe('end marks', () => {
  const endMark = (mark: string) => parts(`# Minister visits port\n\nSINGAPORE, 3 May 2026 – The minister visited the port today and met its workers.\n\n${mark}\n`).endMark;
  for (const mark of [
    '###',
    '<Message Ends>',
    '- ENDS -',
    '-30-',
    '**END**',
    '.    .    .    .     .',
    '####',
    '--30--',
    '//ENDS//',
    '－END－',
    'End of Release',
    'End Press Release',
    '\\-end-',
    'CRÍOCH',
    'ENDS.',
    'Ends…',
    '...ends',
    '# ENDS #',
    '* * ENDS * *',
    '- ### -',
    '–ENDS HERE–',
  ])
    it(JSON.stringify(mark), () => assert.deepEqual(endMark(mark), { line: 5, text: mark }));
  it('the last line of a paragraph', () => assert.deepEqual(endMark('Issued by the Harbour Board\n//ENDS//'), { line: 6, text: '//ENDS//' }));
  it('not an ellipsis on its own line', () => assert.equal(endMark('...'), null));
  it('wrapped in HTML, read without its tags', () => {
    assert.deepEqual(endMark('<center>###</center>'), { line: 5, text: '###' });
    assert.deepEqual(endMark('<p style="text-align: center;"> ###  </p>'), { line: 5, text: '###' });
  });
  it('an end in brackets with its date', () => assert.deepEqual(endMark('[End 23rd June 2026]'), { line: 5, text: '[End 23rd June 2026]' }));
  it('run into the end of the last sentence, where copy-paste lost its line', () => {
    assert.deepEqual(endMark('More details of the rollout across the country will follow. ENDS'), { line: 5, text: 'ENDS' });
    assert.deepEqual(endMark('More details of the rollout will follow. ###'), { line: 5, text: '###' });
  });
  it('not a word in capitals ending a sentence', () => assert.equal(endMark('The rollout runs to the FRIENDS of the port. It never ENDS'), null));
});

describe('front matter', () => {
  it('a TOML title with an escape JSON does not know is kept as written, not a crash', () =>
    assert.equal(lint('+++\ntitle = "Acme \\U0001F600 Day"\n+++\n\nAcme held its day.\n').release.headline?.text, 'Acme \\U0001F600 Day'));
  it('a TOML title is the headline, and TOML can declare a release', () => {
    const text = '+++\ndate = "2026-05-02"\ntitle = "Acme Launches a \\"Fast\\" Index"\ntype = "press-release"\n+++\n\nAcme launched its index today.\n';
    const release = lint(text).release;
    assert.equal(release.headline?.text, 'Acme Launches a "Fast" Index');
    assert.equal(release.isPressRelease, true);
  });
  it('a section heading below a front-matter title is no headline, so the lead above it is still read', () => {
    const text =
      '---\ntitle: "Acme opens a plant"\n---\n\nACME MEDIA RELEASE\n\nAcme today opened a plant in the city, with room for four hundred workers on two shifts.\n\n## Background\n\n- Acme was founded in 1950.\n';
    const release = lint(text).release;
    assert.equal(release.headline?.text, 'Acme opens a plant');
    assert.ok(release.lead && text.slice(release.lead.start).startsWith('Acme today opened'));
  });
});

describe('positions', () => {
  it('point at the right place in a paragraph that holds a bare URL or email', () => {
    const text = '# Acme\n\nCHICAGO, May 4, 2026 – Visit www.example.com or write to jane@example.com for TK details.\n';
    const finding = lint(text).findings.find((f) => f.ruleId === 'no-placeholder')!;
    assert.equal(text.slice(finding.start, finding.end), 'TK');
  });
});
