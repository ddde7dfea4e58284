// Names the 1996 wire rarely wrote that today's news does: a registry person whose name opens with a word that is
// also a title, a person "of" a country read as one name, and a county. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

const names = readNames;

describe('a title inside the name a registry person goes by', () => {
  it('keeps "Sheikh" in the name the registry gives, and still cuts a title before another name', () => {
    const read = readMentions('Former prime minister Sheikh Hasina, who lives in India, called the vote a sham. Sheikh Tamim met King Salman.');
    expect(read.filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title])).toEqual([
      ['Sheikh Hasina', 'prime minister'], ['Tamim', 'Sheikh'], ['Salman', 'King'],
    ]);
  });
});

describe('a person "of" a country', () => {
  it('splits the person from the country where the article writes another person so', () => {
    expect(names('Victoria Azarenka of Belarus beat Iga Swiatek of Poland.')).toEqual([
      ['Victoria Azarenka', 'PERSON'], ['Belarus', 'GPE'], ['Iga Swiatek', 'PERSON'], ['Poland', 'GPE'],
    ]);
  });

  it('leaves a state\'s and an organization\'s names "of" a country whole', () => {
    expect(names('Maria Sakkari of Greece praised the Federal Republic of Yugoslavia and the Central Bank of Nigeria.')).toEqual([
      ['Maria Sakkari', 'PERSON'], ['Greece', 'GPE'], ['Federal Republic of Yugoslavia', 'GPE'], ['Central Bank of Nigeria', 'ORG'],
    ]);
  });
});

describe('counties', () => {
  it('reads a county as a place, and two counties joined by "and" as two', () => {
    expect(names('Commissioners in Kerr County voted to buy sirens. Kendall County and Bandera County may follow.')).toEqual([
      ['Kerr County', 'GPE'], ['Kendall County', 'GPE'], ['Bandera County', 'GPE'],
    ]);
  });

  it('leaves a club named like a county a team on a results line', () => {
    expect(names('Stockport 0 Notts County 2')).toEqual([['Stockport', 'ORG'], ['Notts County', 'ORG']]);
    expect(names('Forfar 3 Inverness 1 Ross County 1 Montrose 2')).toEqual([['Forfar', 'ORG'], ['Inverness', 'ORG'], ['Ross County', 'ORG'], ['Montrose', 'ORG']]);
  });
});

describe('products the registry lacks', () => {
  it('reads the names listed after a plural kind of product and "such as" or "including" as products', () => {
    expect(names('Banks embraced tools such as ChatGPT and Claude for drafting reports.')).toEqual([['ChatGPT', 'PRODUCT'], ['Claude', 'PRODUCT']]);
    expect(names('It sold its tea brands, including PG Tips and Lipton, to a consortium.')).toEqual([['PG Tips', 'PRODUCT'], ['Lipton', 'PRODUCT']]);
  });

  it('reads a name between an owner and a kind of product as a PRODUCT, and a maker before its products as an ORG', () => {
    expect(names("Huawei designs its own Ascend processors. Meta's Orion glasses were shown. Nvidia chips sold well.")).toEqual([
      ['Huawei', 'ORG'], ['Ascend', 'PRODUCT'], ['Meta', 'ORG'], ['Orion', 'PRODUCT'], ['Nvidia', 'ORG'],
    ]);
  });

  it('reads a name between an owner and a kind of work as a WORK_OF_ART, and a maker before a work as an ORG', () => {
    expect(names('The broadcaster apologised for its Panorama documentary. The Netflix series was a hit.')).toEqual([
      ['Panorama', 'WORK_OF_ART'], ['Netflix', 'ORG'],
    ]);
  });

  it('reads a name read as a person between "the" and a kind of product as a PRODUCT, and a maker there as an ORG', () => {
    expect(names('Anthropic makes the Claude chatbot. She bought the Huawei phone.')).toEqual([
      ['Anthropic', 'ORG'], ['Claude', 'PRODUCT'], ['Huawei', 'ORG'],
    ]);
  });
});

describe('employers', () => {
  it('reads the names listed after a job and "at" as employers, and more jobs as cues', () => {
    expect(names('Analysts at Morgan Stanley and Bernstein were upbeat, said Brett Simpson, a partner at Arete Research in London.')).toEqual([
      ['Morgan Stanley', 'ORG'], ['Bernstein', 'ORG'], ['Brett Simpson', 'PERSON'], ['Arete Research', 'ORG'], ['London', 'GPE'],
    ]);
  });

  it('leaves a people the registry knows a people after a job', () => {
    expect(names('Three journalists from the Ivorian opposition daily La Voie are in jail.')).toEqual([['Ivorian', 'NORP'], ['La Voie', 'ORG']]);
  });
});

describe('organizations named before their head', () => {
  it('takes three capitalised words or more ending in an organization\'s head as one, where the model split them', () => {
    expect(names('The Bangladesh Water Development Board said levels were high.')).toEqual([['Bangladesh Water Development Board', 'ORG']]);
  });

  it('takes three capitalised words or more ending in a facility\'s head as one facility', () => {
    const text = 'India seal series as Bumrah takes five in Sydney\nSYDNEY, Jan 5 - Jasprit Bumrah took five wickets as India beat Australia by '
      + 'seven wickets at the Sydney Cricket Ground on Monday to win the series 3-1.\nAustralia, resuming on 141 for six, were bowled out.';
    expect(names(text).filter(([name]) => name.startsWith('Sydney'))).toEqual([['Sydney', 'GPE'], ['Sydney Cricket Ground', 'FAC']]);
  });

  it('reads one "and" between the capitalised words before the head', () => {
    expect(names("Britain's Competition and Markets Authority will review the deal.")).toEqual([['Britain', 'GPE'], ['Competition and Markets Authority', 'ORG']]);
    expect(names('Anthropic signed a similar deal with Goldman Sachs and Deutsche Bank.')).toEqual([['Anthropic', 'ORG'], ['Goldman Sachs', 'ORG'], ['Deutsche Bank', 'ORG']]);
  });

  it('leaves a sentence\'s first word out where the model read no name there', () => {
    expect(names('New Kivuland Council chief to be installed on Tuesday.')).toEqual([['Kivuland Council', 'ORG']]);
  });

  it('leaves a people\'s name before the organization out of it', () => {
    expect(names('A Brazilian Foreign Ministry spokeswoman said.')).toEqual([['Brazilian', 'NORP'], ['Foreign Ministry', 'ORG']]);
  });

  it('leaves a place the registry knows that ends in the head, and the model\'s one name over all of it', () => {
    expect(names('Israel announced more Jewish West Bank settlements.').filter(([, type]) => type === 'ORG')).toEqual([]);
    expect(names('He won under the lights at the National Tennis Centre.').filter(([, type]) => type === 'ORG')).toEqual([]);
  });
});

describe('facilities and festivals by their heads', () => {
  it('runs a facility that opens with its noun on through the particles the model stopped at', () => {
    expect(names('The winners will be announced at the Palais des Festivals.')).toEqual([['Palais des Festivals', 'FAC']]);
    expect(names('The jury dined at the Hotel du Cap-Eden-Roc, where Apple showed footage.')).toEqual([['Hotel du Cap-Eden-Roc', 'FAC'], ['Apple', 'ORG']]);
    expect(names('He closed his residency at the Coliseo de Puerto Rico on Sunday.')).toEqual([['Coliseo de Puerto Rico', 'FAC']]);
  });

  it('reads a name that opens with a facility\'s noun as a FAC, and a festival as an EVENT', () => {
    expect(names('Girls died at Camp Mystic. The film opened at the Sundance Film Festival.')).toEqual([['Camp Mystic', 'FAC'], ['Sundance Film Festival', 'EVENT']]);
  });
});

describe('employers named after the one who works there', () => {
  it('reads the name after a job, a person\'s name and "at" as the employer', () => {
    expect(names('"It is a risk," said analyst Paula Brennan at Kestrelmoor.')).toEqual([['Paula Brennan', 'PERSON'], ['Kestrelmoor', 'ORG']]);
  });
});

describe('places by their kind', () => {
  it('splits names listed before the plural of a kind of place, and types each so', () => {
    expect(names('Heavy rain swelled the Surma and Kushiyara rivers, officials said.')).toEqual([['Surma', 'LOC'], ['Kushiyara', 'LOC']]);
  });

  it('reads a natural place opened by its kind and "of" as a LOC', () => {
    expect(names('Warmer seas in the Bay of Bengal make storms worse.')).toEqual([['Bay of Bengal', 'LOC']]);
  });
});

describe('organizations by the pronoun after them', () => {
  it('reads a name before ", which" as no person\'s, but not a titled person after "of"', () => {
    expect(names('Wilson, which supplies the official balls, shipped more this year.')).toEqual([['Wilson', 'ORG']]);
    expect(names('The firm is run by a son of President Suharto, which plans to expand.').filter(([, type]) => type === 'ORG')).toEqual([]);
  });
});

describe('roles of today\'s news before a name', () => {
  it('reads a name after "star" or "comedian" as a person', () => {
    expect(names('Its star Payman Maadi could not travel.')).toEqual([['Payman Maadi', 'PERSON']]);
  });
});

describe('lists of organizations', () => {
  it('reads the model\'s unsure place in a list mostly of organizations as one', () => {
    expect(names('Production began in Dresden, a joint venture with Bosch, Infineon and NXP Semiconductors.').filter(([, type]) => type === 'ORG'))
      .toEqual([['Bosch', 'ORG'], ['Infineon', 'ORG'], ['NXP Semiconductors', 'ORG']]);
  });
});

describe('names joined by an ampersand', () => {
  it('joins two names the model read apart into one organization, but not a place and its partner', () => {
    expect(names('Hims & Hers Health, an online telehealth firm, kept selling.')).toEqual([['Hims & Hers Health', 'ORG']]);
    expect(names('Trinidad & Tobago won the toss.').map(([, type]) => type)).not.toContain('ORG');
  });
});

describe('datelines and products of space', () => {
  it('reads all of a dateline\'s capitals where the model read part', () => {
    expect(names('Crew sets off\nCAPE CANAVERAL, Florida, Feb 20 - Four astronauts left on Friday.')).toEqual([['CAPE CANAVERAL', 'GPE'], ['Florida', 'GPE']]);
  });

  it('reads a name between an owner and a lander as a product', () => {
    expect(names('The agency tested its Lanyue lander in Hebei province.')).toEqual([['Lanyue', 'PRODUCT'], ['Hebei', 'GPE']]);
  });
});

describe('a titled person\'s possessive', () => {
  it('ends the person\'s name at the possessive, and leaves what he owns its own name', () => {
    expect(readMentions('Chancellor Friedrich Merz\'s party and President Gustavo Petro\'s Historic Pact coalition won.')
      .filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title])).toEqual([['Friedrich Merz', 'Chancellor'], ['Gustavo Petro', 'President']]);
  });
});

describe('a registry person\'s surname before the full name', () => {
  it('reads a surname in a headline as the person the article names in full below it', () => {
    const read = readMentions('India seal series as Bumrah takes five in Sydney\nSYDNEY, Jan 5 - Jasprit Bumrah took five wickets as India beat Australia.');
    expect(read.filter((m) => m.text.endsWith('Bumrah')).map((m) => [m.text, m.type, m.entity]))
      .toEqual([['Bumrah', 'PERSON', 'person/jasprit-bumrah'], ['Jasprit Bumrah', 'PERSON', 'person/jasprit-bumrah']]);
  });
});

describe('trade terms', () => {
  it('reads no name in a price "FOB" (free on board)', () => {
    expect(names('Cargill sold it at $195.79 per tonne, FOB, for shipment in November.')).toEqual([['Cargill', 'ORG']]);
  });
});

describe('names after "-based"', () => {
  it('reads the name the model left after a place and "-based" as an organization, not a people\'s name', () => {
    expect(names('Banks like Norwest Corp., Ohio-based Keltrana and Banc One Corp. rose. A London-based Iraqi dissident agreed.')).toEqual([
      ['Norwest Corp.', 'ORG'], ['Ohio', 'GPE'], ['Keltrana', 'ORG'], ['Banc One Corp.', 'ORG'], ['London', 'GPE'], ['Iraqi', 'NORP'],
    ]);
  });
});

describe('organizations after their noun', () => {
  it('reads the name the model typed otherwise right after an organization\'s noun as one, and an acronym\'s weekday as no part of it', () => {
    expect(names('Lawrence Lindsey said on the cable television network CNBC Friday that rates were fine.')).toEqual([
      ['Lawrence Lindsey', 'PERSON'], ['CNBC', 'ORG'],
    ]);
    expect(names('Its own publisher, the mineral water firm Multico, and a bank bid.')).toEqual([['Multico', 'ORG']]);
  });

  it('leaves a person the noun describes a person', () => {
    expect(names('The other was insurer Thierry Dehaan, the police said.')).toEqual([['Thierry Dehaan', 'PERSON']]);
  });

});
