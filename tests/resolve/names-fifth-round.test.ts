// Names of today's news the model reads as the wrong kind or in pieces: products named with their model ("Claude
// Sonnet 4", "Galaxy S25 Ultra"), laws whose title ends in a year, a listing's exchange and ticker, wildfires and
// galas, a court named with its circuit, two registry names side by side, and a name wink read as a contraction.
// Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { publicOffices } from '../../src/resolve/public-offices.js';
import { tokenize } from '../../src/text/tokenize.js';
import { readMentions, readNames } from '../shipped-pipeline.js';

const names = readNames;

describe('products named with their model', () => {
  it('reads a registry product and the version and tier after it as one product, over a person or a company', () => {
    expect(names('Anthropic released Claude Opus 4 and Claude Sonnet 4 on Thursday.')).toEqual([
      ['Anthropic', 'ORG'], ['Claude Opus 4', 'PRODUCT'], ['Claude Sonnet 4', 'PRODUCT'],
    ]);
    expect(names('Gemini 2.5 Flash is cheaper than Claude 3.7 Sonnet.')).toEqual([['Gemini 2.5 Flash', 'PRODUCT'], ['Claude 3.7 Sonnet', 'PRODUCT']]);
    expect(names('Meta released Llama 4 in April.')).toEqual([['Meta', 'ORG'], ['Llama 4', 'PRODUCT']]);
    expect(names("Samsung's Galaxy S25 Ultra went on sale Friday.")).toEqual([['Samsung', 'ORG'], ['Galaxy S25 Ultra', 'PRODUCT']]);
    expect(names('OpenAI launched ChatGPT Enterprise.')).toEqual([['OpenAI', 'ORG'], ['ChatGPT Enterprise', 'PRODUCT']]);
  });

  it('links a model to its product, and reads a name that is a product only with a model as no product alone', () => {
    const read = readMentions('Anthropic released Claude Sonnet 4. The iPhone 16 Pro sold well. Claude Makelele said Claude was tired.');
    expect(read.map((m) => [m.text, m.type, m.entity])).toEqual([
      ['Anthropic', 'ORG', 'org/anthropic'], ['Claude Sonnet 4', 'PRODUCT', 'product/claude'], ['iPhone 16 Pro', 'PRODUCT', 'product/iphone'],
      ['Claude Makelele', 'PERSON', 'nil:person/claude-makelele'], ['Claude', 'PERSON', 'nil:person/claude-makelele'],
    ]);
  });

  it('takes no figure that a quantity, a percentage or a date reads on from', () => {
    const read = readMentions('Novo Nordisk cut the price of Wegovy 2.4 mg. The S&P 500 4% rally came as she bought an iPhone 3 years ago.');
    expect(read.map((m) => [m.text, m.type])).toEqual([
      ['Novo Nordisk', 'ORG'], ['Wegovy', 'PRODUCT'], ['2.4 mg', 'QUANTITY'], ['S&P 500', 'PRODUCT'], ['4%', 'PERCENT'], ['iPhone', 'PRODUCT'], ['3 years ago', 'DATE'],
    ]);
  });

  it('reads an unregistered name between a count and a kind of vehicle as the product', () => {
    expect(names('Toyota is recalling about 440,000 Tundra pickups in the United States.')).toEqual([
      ['Toyota', 'ORG'], ['Tundra', 'PRODUCT'], ['United States', 'GPE'],
    ]);
  });

  it('keeps a registered maker before a kind a company, counted or not', () => {
    expect(names('Beijing bought 2,000 Nvidia chips.')).toEqual([['Beijing', 'GPE'], ['Nvidia', 'ORG']]);
  });
});

describe('two registry names side by side', () => {
  it('reads an airline and an aircraft written together as two names, not the model\'s one', () => {
    expect(names('An Air India Boeing 787-8 bound for London crashed after takeoff.')).toEqual([
      ['Air India', 'ORG'], ['Boeing 787-8', 'PRODUCT'], ['London', 'GPE'],
    ]);
  });
});

describe('laws whose title ends in a year', () => {
  it('reads the words, the kind and the year as one law', () => {
    expect(names('The Finance Act 2024 and the Online Safety Act 2023 apply.')).toEqual([['Finance Act 2024', 'LAW'], ['Online Safety Act 2023', 'LAW']]);
    expect(names("Kenya's treasury proposed a tax in the Finance Bill 2025.")).toEqual([['Kenya', 'GPE'], ['Finance Bill 2025', 'LAW']]);
    expect(names('The Data (Use and Access) Act 2025 received royal assent.')).toEqual([['Data (Use and Access) Act 2025', 'LAW']]);
  });

  it('leaves a year after "of" a date of its own where the model does, as TimeML marks it', () => {
    expect(readMentions('He cited the Inflation Reduction Act of 2022.').map((m) => [m.text, m.type])).toEqual([
      ['Inflation Reduction Act', 'LAW'], ['2022', 'DATE'],
    ]);
  });
});

describe('a listing in brackets', () => {
  it('reads the exchange and a ticker of letters as organizations', () => {
    expect(names('Shares of Nvidia (NASDAQ: NVDA) rose 3% in premarket trading.')).toEqual([['Nvidia', 'ORG'], ['NASDAQ', 'ORG'], ['NVDA', 'ORG']]);
    expect(names('Tencent Holdings (HKEX: 0700) said on Tuesday.')).toEqual([['Tencent Holdings', 'ORG'], ['HKEX', 'ORG']]);
  });

  it('reads no exchange in a bracketed note', () => {
    expect(names('(Note: This story was updated.)')).toEqual([]);
  });
});

describe('kinds of event', () => {
  it('reads a named fire and a gala as events, and a club the registry knows as a club', () => {
    expect(names('Residents fled as the Palisades Fire spread.')).toEqual([['Palisades Fire', 'EVENT']]);
    expect(names('The Met Gala was held in New York.')).toEqual([['Met Gala', 'EVENT'], ['New York', 'GPE']]);
    expect(names('Chicago Fire beat the LA Galaxy 2-1.')).toEqual([['Chicago Fire', 'ORG'], ['LA Galaxy', 'ORG']]);
  });
});

describe('a court named with its circuit', () => {
  it('reads "Court of Appeals for the Ninth Circuit" as one organization, the longest name', () => {
    expect(names('The U.S. Court of Appeals for the Ninth Circuit paused the order.')).toEqual([['U.S. Court of Appeals for the Ninth Circuit', 'ORG']]);
  });

  it('stops at "for the" before a word in lower case', () => {
    expect(names('The Ministry of Defence for the first time confirmed it.')).toEqual([['Ministry of Defence', 'ORG']]);
  });
});

describe('a name wink reads as a contraction', () => {
  it('keeps "Ive" one word of a person\'s name', () => {
    expect(names("OpenAI agreed to buy Jony Ive's device startup.")).toEqual([['OpenAI', 'ORG'], ['Jony Ive', 'PERSON']]);
  });
});

describe('places the registry now knows', () => {
  it('reads a cape and a Nigerian state whole', () => {
    expect(names('Ships sailed around the Cape of Good Hope.')).toEqual([['Cape of Good Hope', 'LOC']]);
    expect(names('Tinubu declared a state of emergency in Rivers State.')).toEqual([['Tinubu', 'PERSON'], ['Rivers State', 'GPE']]);
  });
});

describe('local offices, departments and landmarks', () => {
  it('reads an office named by a title\'s possessive after its place as one organization', () => {
    expect(names("The Cook County State's Attorney's Office charged the man.")).toEqual([["Cook County State's Attorney's Office", 'ORG']]);
    expect(names("The Manhattan District Attorney's Office said.")).toEqual([["Manhattan District Attorney's Office", 'ORG']]);
  });

  it('proposes no office where no place comes before the title', () => {
    const text = "The Governor's Office declined to comment.";
    expect(publicOffices(text, tokenize(text).tokens)).toEqual([]);
  });

  it('keeps a department the model read whole over the registry town inside it', () => {
    expect(names('The Miami-Dade Police Department said the suspect fled in a silver Honda Civic.')).toEqual([
      ['Miami-Dade Police Department', 'ORG'], ['Honda Civic', 'PRODUCT'],
    ]);
  });

  it('joins two subjects of a museum and reads a basilica as a building', () => {
    expect(names('The National Museum of African American History and Culture reopened.')).toEqual([
      ['National Museum of African American History and Culture', 'ORG'],
    ]);
    expect(names('He was buried at the Basilica of Santa Maria Maggiore in Rome.')).toEqual([['Basilica of Santa Maria Maggiore', 'FAC'], ['Rome', 'GPE']]);
  });
});

describe('organizations on a title-case headline', () => {
  it('runs no organization\'s name across a headline\'s verb or small word', () => {
    expect(names('Boeing Reaches Deal With Justice Department to Avoid Trial')).toEqual([['Boeing', 'ORG'], ['Justice Department', 'ORG']]);
    expect(names('Analysis: Why the Bank of Japan Is in No Hurry to Raise Rates')).toEqual([['Bank of Japan', 'ORG']]);
  });
});

describe('abbreviations of viruses and drug classes', () => {
  it('reads "H5N1" and "GLP-1" as no names', () => {
    expect(names('The H5N1 bird flu virus has spread to dairy cattle.')).toEqual([]);
    expect(names('Eli Lilly said its GLP-1 pill helped patients.')).toEqual([['Eli Lilly', 'ORG']]);
  });
});

describe('teams, people, events and products the registry now knows', () => {
  it('reads them whole and of their kind', () => {
    expect(names("Red Bull Racing's Max Verstappen finished ahead of Ferrari's Charles Leclerc.")).toEqual([
      ['Red Bull Racing', 'ORG'], ['Max Verstappen', 'PERSON'], ['Ferrari', 'ORG'], ['Charles Leclerc', 'PERSON'],
    ]);
    expect(names('Manchester United sacked Erik ten Hag.')).toEqual([['Manchester United', 'ORG'], ['Erik ten Hag', 'PERSON']]);
    expect(names('Ethiopian Airlines ordered 11 Airbus A350-1000 jets at the Paris Air Show.')).toEqual([
      ['Ethiopian Airlines', 'ORG'], ['Airbus A350-1000', 'PRODUCT'], ['Paris Air Show', 'EVENT'],
    ]);
    expect(names('Caitlin Clark scored 30 points as the Indiana Fever beat the Chicago Sky.')).toEqual([
      ['Caitlin Clark', 'PERSON'], ['Indiana Fever', 'ORG'], ['Chicago Sky', 'ORG'],
    ]);
  });
});
