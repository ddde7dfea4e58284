// Names of today's news the model reads as the wrong kind or in pieces: a leader named by surname alone, a court case
// named by its parties, an edition of an event, a place that opens an airport's name, a common noun's abbreviation left
// after a trim, and companies that read as people. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

const names = readNames;

describe('leaders the press names by surname alone', () => {
  it('reads the surname as the person where the article never names them in full', () => {
    expect(names('The army chief met Trump at the White House.')).toEqual([['Trump', 'PERSON'], ['White House', 'ORG']]);
    expect(names('The minister met Putin in Moscow.')).toEqual([['Putin', 'PERSON'], ['Moscow', 'GPE']]);
    expect(names('Zelensky met Trump in Washington.')).toEqual([['Zelensky', 'PERSON'], ['Trump', 'PERSON'], ['Washington', 'GPE']]);
  });

  it('links the surname to the leader, and a company named after the family stays a company', () => {
    const read = readMentions('Modi spoke with Trump on Tuesday. Trump Media shares fell.');
    expect(read.filter((m) => m.type !== 'DATE').map((m) => [m.text, m.type, m.entity])).toEqual([
      ['Modi', 'PERSON', 'person/narendra-modi'], ['Trump', 'PERSON', 'person/donald-trump'], ['Trump Media', 'ORG', 'org/trump-media'],
    ]);
  });
});

describe('court cases', () => {
  it('reads a case named by its parties as one law, whatever the model made of each party', () => {
    expect(names('The Supreme Court ruled 6-3 in Trump v. CASA that lower courts had gone too far.')).toEqual([
      ['Supreme Court', 'ORG'], ['Trump v. CASA', 'LAW'],
    ]);
    expect(names('In Loper Bright Enterprises v. Raimondo the justices overturned Chevron.')).toEqual([
      ['Loper Bright Enterprises v. Raimondo', 'LAW'], ['Chevron', 'ORG'],
    ]);
  });

  it('keeps a party with "of" and leaves out the possessive after the case', () => {
    expect(names("Brown v. Board of Education's reach was debated.")).toEqual([['Brown v. Board of Education', 'LAW']]);
  });

  it('reads no case where teams meet ("vs.")', () => {
    expect(names('The Lakers vs. Celtics game was sold out.').map(([, type]) => type)).not.toContain('LAW');
  });
});

describe('editions of events', () => {
  it('takes a Roman numeral after a registry event into it', () => {
    expect(names('The Kansas City Chiefs will face the Philadelphia Eagles in Super Bowl LIX in New Orleans.')).toEqual([
      ['Kansas City Chiefs', 'ORG'], ['Philadelphia Eagles', 'ORG'], ['Super Bowl LIX', 'EVENT'], ['New Orleans', 'GPE'],
    ]);
  });

  it('leaves a one-letter word after the event alone', () => {
    expect(names('At the Super Bowl I think he will win.')).toEqual([['Super Bowl', 'EVENT']]);
  });
});

describe('a place that opens a facility\'s name', () => {
  it('joins a town written right before an airport\'s name into the airport', () => {
    expect(names('More than 200 flights were cancelled at Newark Liberty International Airport.')).toEqual([
      ['Newark Liberty International Airport', 'FAC'],
    ]);
  });

  it('leaves a town apart where a word stands between', () => {
    expect(names('Fans gathered in Paris near the Stade de France.')).toEqual([['Paris', 'GPE'], ['Stade de France', 'FAC']]);
  });
});

describe('a common noun\'s abbreviation', () => {
  it('reads no name in one the trim of a longer model span leaves', () => {
    expect(names("Elon Musk's xAI was valued as the AI startup at $80 billion.")).toEqual([['Elon Musk', 'PERSON'], ['xAI', 'ORG']]);
  });
});

describe('names that read like people or places', () => {
  it('reads the mortgage companies, a fire agency, a venture firm and a conglomerate as organizations', () => {
    expect(names('Fannie Mae and Freddie Mac were taken over in 2008.')).toEqual([['Fannie Mae', 'ORG'], ['Freddie Mac', 'ORG']]);
    expect(names('The fire was 23% contained, Cal Fire said.')).toEqual([['Cal Fire', 'ORG']]);
    expect(names('The round was led by Andreessen Horowitz.')).toEqual([['Andreessen Horowitz', 'ORG']]);
    expect(names('Kenya cancelled the Adani deal.')).toEqual([['Kenya', 'GPE'], ['Adani', 'ORG']]);
  });

  it('reads Vietnam\'s party leader as a person', () => {
    expect(names("Vietnam's To Lam visited Hanoi.")).toEqual([['Vietnam', 'GPE'], ['To Lam', 'PERSON'], ['Hanoi', 'GPE']]);
  });
});

describe('a title of several words before a name', () => {
  it('reads the person after a title the model\'s span starts inside', () => {
    expect(names('Chancellor of the Exchequer Jeremy Hunt spoke in Leeds.')).toEqual([['Jeremy Hunt', 'PERSON'], ['Leeds', 'GPE']]);
    expect(names("Britain's Chancellor of the Exchequer Rachel Reeves will present the budget.")).toEqual([['Britain', 'GPE'], ['Rachel Reeves', 'PERSON']]);
  });
});

describe('a disease and an operating system', () => {
  it('reads no name in COVID-19, and the version of Windows as a product', () => {
    expect(readMentions("The FDA approved Moderna's updated COVID-19 vaccine for adults 65 and older.").map((m) => [m.text, m.type])).toEqual([
      ['FDA', 'ORG'], ['Moderna', 'ORG'], ['65', 'CARDINAL'],
    ]);
    expect(names('Microsoft will end support for Windows 10 in October.')).toEqual([['Microsoft', 'ORG'], ['Windows 10', 'PRODUCT']]);
  });
});

describe('places and people told by the word after them', () => {
  it('takes a place\'s head the model stopped short of into the place', () => {
    expect(names('Tyler Robinson was charged with murder in Utah County.')).toEqual([['Tyler Robinson', 'PERSON'], ['Utah County', 'GPE']]);
    expect(names('The Jackson County sheriff said the road was closed.')).toEqual([['Jackson County', 'GPE']]);
  });

  it('reads a name before a by-election as the seat\'s place', () => {
    expect(names('Plaid Cymru won the Caerphilly by-election.')).toEqual([['Plaid Cymru', 'ORG'], ['Caerphilly', 'GPE']]);
  });

  it('reads a name before "brothers" or "family" as the family\'s surname', () => {
    expect(names('The Menendez brothers were denied parole, and the Murdoch family trust was dissolved.')).toEqual([
      ['Menendez', 'PERSON'], ['Murdoch', 'PERSON'],
    ]);
  });

  it('knows a youth movement, a pilgrimage and an archipelago', () => {
    expect(names('Charlie Kirk founded Turning Point USA.')).toEqual([['Charlie Kirk', 'PERSON'], ['Turning Point USA', 'ORG']]);
    expect(names('Pilgrims gathered at the Maha Kumbh Mela.')).toEqual([['Maha Kumbh Mela', 'EVENT']]);
    expect(names('Gusts hit Tiree in the Inner Hebrides.')).toEqual([['Tiree', 'GPE'], ['Inner Hebrides', 'LOC']]);
  });
});

describe('armed groups and a border', () => {
  it('knows the armed groups of Somalia and eastern Congo and the Kashmir line', () => {
    expect(names('M23 and the Congolese government signed a framework agreement in Doha.')).toEqual([['M23', 'ORG'], ['Congolese', 'NORP'], ['Doha', 'GPE']]);
    expect(names('Al-Shabaab fighters crossed the Line of Control.')).toEqual([['Al-Shabaab', 'ORG'], ['Line of Control', 'LOC']]);
  });
});

describe('a Grand Prix after a town the model ran into it', () => {
  it('reads "Grand Prix" as the event and the town before it as a place of its own, as CoNLL marks them', () => {
    expect(names('Norris won the Las Vegas Grand Prix and the Mexico City Grand Prix.')).toEqual([
      ['Norris', 'PERSON'], ['Las Vegas', 'GPE'], ['Grand Prix', 'EVENT'], ['Mexico City', 'GPE'], ['Grand Prix', 'EVENT'],
    ]);
  });

  it('keeps a people\'s adjective before it in the event', () => {
    expect(names('Verstappen won the Spanish Grand Prix.')).toEqual([['Verstappen', 'PERSON'], ['Spanish Grand Prix', 'EVENT']]);
  });

  it('knows footballers named by one name or in the Korean order, and the Saudi league', () => {
    expect(names('Neymar returned to Brazil.')).toEqual([['Neymar', 'PERSON'], ['Brazil', 'GPE']]);
    expect(names('Son Heung-min joined LAFC from Tottenham Hotspur.')).toEqual([['Son Heung-min', 'PERSON'], ['LAFC', 'ORG'], ['Tottenham Hotspur', 'ORG']]);
    expect(names('Ronaldo scored in the Saudi Pro League.')).toEqual([['Ronaldo', 'PERSON'], ['Saudi Pro League', 'EVENT']]);
  });
});

describe('headlines', () => {
  it('reads a title-case headline with a figure or two among its words as a headline, not a line of figures', () => {
    const article = 'Trump Says Tariffs on EU Goods Will Rise to 50% From June 1\n'
      + 'WASHINGTON (Reuters) - President Donald Trump said on Friday that tariffs on goods from the European Union will rise.';
    expect(names(article).slice(0, 2)).toEqual([['Trump', 'PERSON'], ['EU', 'ORG']]);
  });

  it('cuts a wire\'s slug off the headline\'s first name, and its version number is no count', () => {
    expect(readMentions('EXCLUSIVE-Apple in talks to buy Perplexity, sources say').map((m) => [m.text, m.type])).toEqual([['Apple', 'ORG'], ['Perplexity', 'ORG']]);
    expect(readMentions('UPDATE 2-Nvidia tops estimates as demand holds').map((m) => [m.text, m.type])).toEqual([['Nvidia', 'ORG']]);
  });
});

describe('apps, Indian companies and a console', () => {
  it('reads apps an outage took down as organizations, as the registry has the others', () => {
    expect(names('The outage took down Snapchat, Roblox and Venmo for hours.')).toEqual([['Snapchat', 'ORG'], ['Roblox', 'ORG'], ['Venmo', 'ORG']]);
  });

  it('knows Reliance Jio, and a console named with its number, whose number is no count', () => {
    expect(names("Reliance Jio's listing is due next year.")).toEqual([['Reliance Jio', 'ORG']]);
    expect(readMentions('Nintendo sold 10 million Switch 2 consoles.').map((m) => [m.text, m.type])).toEqual([
      ['Nintendo', 'ORG'], ['10 million', 'CARDINAL'], ['Switch 2', 'PRODUCT'],
    ]);
  });
});

describe('bills, acts, titles and generations', () => {
  it('reads a name ending in "Act" or "Bill" as a law where the model read an organization', () => {
    expect(names('The Online Safety Act took effect, and the Treaty Principles Bill was voted down.')).toEqual([
      ['Online Safety Act', 'LAW'], ['Treaty Principles Bill', 'LAW'],
    ]);
  });

  it('cuts a first vice president\'s title off the person, and reads no name in a generation', () => {
    expect(names("South Sudan's First Vice President Riek Machar was charged.")).toEqual([['South Sudan', 'GPE'], ['Riek Machar', 'PERSON']]);
    expect(names("Morocco's Gen Z protests spread.")).toEqual([['Morocco', 'GPE']]);
  });
});

describe('streets named by an ordinal', () => {
  it('reads an ordinal in figures and a street\'s kind as one facility, the point of the compass before it too', () => {
    expect(readMentions('The fire broke out on the 1200 block of West 5th Street in Los Angeles.').map((m) => [m.text, m.type])).toEqual([
      ['1200', 'CARDINAL'], ['West 5th Street', 'FAC'], ['Los Angeles', 'GPE'],
    ]);
    expect(names('Shops on 42nd St. closed early.')).toEqual([['42nd St.', 'FAC']]);
  });
});

describe('a name the model ran across a possessive', () => {
  it('cuts it at a registry name\'s possessive into the owner and the person after it', () => {
    expect(names("The World Health Organization's Tedros Adhanom Ghebreyesus warned of cuts.")).toEqual([
      ['World Health Organization', 'ORG'], ['Tedros Adhanom Ghebreyesus', 'PERSON'],
    ]);
    expect(names("The World Health Organization's Maria Van Kerkhove spoke.")).toEqual([
      ['World Health Organization', 'ORG'], ['Maria Van Kerkhove', 'PERSON'],
    ]);
  });

  it('knows the medical journals and research funders the health pages cite', () => {
    expect(names('The study appeared in the New England Journal of Medicine.')).toEqual([['New England Journal of Medicine', 'ORG']]);
    expect(names('Regeneron agreed to buy 23andMe.')).toEqual([['Regeneron', 'ORG'], ['23andMe', 'ORG']]);
  });
});

describe('names of the 1990s wires', () => {
  it('keeps a company whose name the model read with its legal form over a registry name inside it', () => {
    expect(names('Daimler-Benz AG and Chrysler Corp. announced a merger.')).toEqual([['Daimler-Benz AG', 'ORG'], ['Chrysler Corp.', 'ORG']]);
  });

  it('knows the former states and their peoples, and a counsel\'s title', () => {
    expect(names('Yugoslav President Slobodan Milosevic met envoys from Zaire.')).toEqual([
      ['Yugoslav', 'NORP'], ['Slobodan Milosevic', 'PERSON'], ['Zaire', 'GPE'],
    ]);
    expect(names('Her lawyer met Independent Counsel Kenneth Starr.')).toEqual([['Kenneth Starr', 'PERSON']]);
  });
});

describe('a place written before a company\'s name', () => {
  it('joins a place or a people\'s name the registry knows right before a company ending in its legal form', () => {
    expect(names('He was named chairman of U.S. Trust Corp., a private-banking firm.')).toEqual([['U.S. Trust Corp.', 'ORG']]);
    expect(names('Shares of British Petroleum Co. fell sharply.')).toEqual([['British Petroleum Co.', 'ORG']]);
  });
});
