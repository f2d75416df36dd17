// Reference data for a believable synthetic India: service areas, operators' shares, handset models,
// names, and where victims live. Shares are rounded public figures; exact numbers do not matter here.
import type { Circle, Operator } from '../server/ingest/identifiers.ts';

/** Licensed service areas weighted by subscribers (rough shares, in per cent). */
export const CIRCLE_WEIGHTS: ReadonlyArray<readonly [Circle, number]> = [
  ['UE', 9], ['MH', 8], ['AP', 8], ['BR', 8], ['TN', 7.5], ['MP', 7], ['KA', 6.5], ['GJ', 6],
  ['WB', 5.5], ['RJ', 5.5], ['UW', 5], ['DL', 4.5], ['KL', 4], ['MU', 3.5], ['PB', 3], ['OR', 3],
  ['KO', 2.5], ['HR', 2.5], ['AS', 2], ['NE', 1], ['JK', 1], ['HP', 1],
]; // prettier-ignore

/** Circles a farm works from: the places the case names again and again, then the rest. */
export const FARM_CIRCLE_WEIGHTS: ReadonlyArray<readonly [Circle, number]> = [
  ['BR', 14], ['WB', 10], ['RJ', 9], ['HR', 8], ['DL', 7], ['UE', 7], ['JK', 5], ['AS', 5], ['OR', 4],
  ['MH', 4], ['AP', 4], ['GJ', 4], ['MP', 4], ['UW', 3], ['KA', 3], ['TN', 2], ['KL', 2], ['PB', 2],
  ['MU', 1], ['KO', 1], ['NE', 1], ['HP', 1],
]; // prettier-ignore

/** MTNL serves only Delhi and Mumbai, where BSNL does not. */
export function operatorWeights(circle: Circle): ReadonlyArray<readonly [Operator, number]> {
  const metro = circle === 'DL' || circle === 'MU';
  return [
    ['JIO', 40],
    ['AIRTEL', 34],
    ['VI', 18],
    [metro ? 'MTNL' : 'BSNL', metro ? 3 : 8],
  ];
}

export interface HandsetModel {
  /** Type allocation code: the first 8 digits of every IMEI of this model. */
  tac: string;
  brand: string;
  model: string;
}

/** Everyday phones, weighted by how common they are among ordinary subscribers. */
export const CONSUMER_MODELS: ReadonlyArray<readonly [HandsetModel, number]> = [
  [{ tac: '35288611', brand: 'Samsung', model: 'Galaxy A14' }, 9],
  [{ tac: '86812306', brand: 'Xiaomi', model: 'Redmi 12' }, 9],
  [{ tac: '86445905', brand: 'realme', model: 'C53' }, 7],
  [{ tac: '86930107', brand: 'vivo', model: 'Y27' }, 7],
  [{ tac: '86276606', brand: 'OPPO', model: 'A78' }, 5],
  [{ tac: '35414312', brand: 'Samsung', model: 'Galaxy M14' }, 5],
  [{ tac: '86953505', brand: 'Motorola', model: 'moto g54' }, 4],
  [{ tac: '86137104', brand: 'OnePlus', model: 'Nord CE3 Lite' }, 4],
  [{ tac: '35365112', brand: 'Apple', model: 'iPhone 13' }, 3],
  [{ tac: '86720205', brand: 'POCO', model: 'M6 Pro' }, 3],
  [{ tac: '35905312', brand: 'Tecno', model: 'Spark 10' }, 2],
  [{ tac: '35662211', brand: 'Infinix', model: 'Hot 30' }, 2],
  [{ tac: '35807409', brand: 'Nokia', model: '105' }, 6],
  [{ tac: '35221510', brand: 'JioBharat', model: 'V2' }, 6],
  [{ tac: '86090104', brand: 'itel', model: 'it2163' }, 5],
  [{ tac: '91101021', brand: 'Lava', model: 'A1' }, 4],
  [{ tac: '35468810', brand: 'Samsung', model: 'Guru Music 2' }, 3],
]; // prettier-ignore

/** Farms buy cheap phones in bulk; a few smartphones run the messaging apps. */
export const FARM_MODELS: ReadonlyArray<readonly [HandsetModel, number]> = [
  [{ tac: '35807409', brand: 'Nokia', model: '105' }, 10],
  [{ tac: '86090104', brand: 'itel', model: 'it2163' }, 10],
  [{ tac: '91101021', brand: 'Lava', model: 'A1' }, 8],
  [{ tac: '35221510', brand: 'JioBharat', model: 'V2' }, 6],
  [{ tac: '35468810', brand: 'Samsung', model: 'Guru Music 2' }, 5],
  [{ tac: '86812306', brand: 'Xiaomi', model: 'Redmi 12' }, 3],
  [{ tac: '86445905', brand: 'realme', model: 'C53' }, 2],
  [{ tac: '86559901', brand: '', model: '' }, 4], // unbranded imports: no maker on record
]; // prettier-ignore

/** Counterfeit phones are sold by the thousand with one IMEI flashed into all of them. */
export const CLONE_MODEL: HandsetModel = { tac: '86000000', brand: '', model: '' };

export const FIRST_NAMES = [
  'Aarav', 'Aditi', 'Akash', 'Amit', 'Ananya', 'Anil', 'Anjali', 'Arjun', 'Asha', 'Deepak', 'Divya',
  'Ganesh', 'Gita', 'Harpreet', 'Imran', 'Kavita', 'Kiran', 'Lakshmi', 'Manoj', 'Meena', 'Mohammed',
  'Neha', 'Nikhil', 'Pooja', 'Priya', 'Rahul', 'Rajesh', 'Ravi', 'Rekha', 'Rohit', 'Sakshi', 'Sandeep',
  'Sanjay', 'Sarita', 'Shabnam', 'Sneha', 'Sunil', 'Sunita', 'Suresh', 'Tanvi', 'Uma', 'Vijay', 'Vikram',
  'Zoya', 'Bhavna', 'Dinesh', 'Farhan', 'Gurpreet', 'Jyoti', 'Karthik', 'Lalita', 'Mahesh', 'Nandini',
]; // prettier-ignore

export const SURNAMES = [
  'Sharma', 'Verma', 'Singh', 'Kumar', 'Yadav', 'Gupta', 'Patel', 'Shah', 'Reddy', 'Rao', 'Nair',
  'Menon', 'Iyer', 'Das', 'Ghosh', 'Banerjee', 'Mukherjee', 'Khan', 'Ansari', 'Sheikh', 'Mishra',
  'Pandey', 'Tiwari', 'Chauhan', 'Jadhav', 'Patil', 'Kulkarni', 'Deshmukh', 'Naidu', 'Pillai', 'Bose',
  'Chatterjee', 'Sinha', 'Jha', 'Thakur', 'Rathore', 'Meena', 'Gill', 'Sandhu', 'Bhat', 'Lone', 'Baruah',
]; // prettier-ignore

export const SHOP_WORDS = [
  'Sai', 'Shree', 'Balaji', 'Om', 'Jai Mata Di', 'New', 'Royal', 'Star', 'Ganesh', 'Krishna', 'Lucky',
  'City', 'Metro', 'Maa Durga', 'Hanuman', 'Friends', 'Galaxy', 'Apna', 'Bharat', 'Janata',
]; // prettier-ignore
export const SHOP_KINDS = [
  'Mobile Point', 'Telecom', 'Communication', 'Mobile Gallery', 'Recharge Centre', 'Mobiles',
  'Enterprises', 'Mobile World', 'Electronics', 'SIM Centre',
]; // prettier-ignore

/** Where victims live: every state files complaints, the populous ones more. */
export const VICTIM_PLACES: ReadonlyArray<readonly [{ state: string; districts: string[] }, number]> = [
  [{ state: 'Uttar Pradesh', districts: ['Lucknow', 'Kanpur Nagar', 'Ghaziabad', 'Gautam Buddh Nagar', 'Varanasi', 'Prayagraj'] }, 14],
  [{ state: 'Maharashtra', districts: ['Mumbai', 'Pune', 'Thane', 'Nagpur', 'Nashik', 'Aurangabad'] }, 12],
  [{ state: 'Karnataka', districts: ['Bengaluru Urban', 'Mysuru', 'Belagavi', 'Mangaluru'] }, 9],
  [{ state: 'Telangana', districts: ['Hyderabad', 'Rangareddy', 'Medchal-Malkajgiri', 'Warangal'] }, 8],
  [{ state: 'Tamil Nadu', districts: ['Chennai', 'Coimbatore', 'Madurai', 'Tiruchirappalli'] }, 7],
  [{ state: 'Gujarat', districts: ['Ahmedabad', 'Surat', 'Vadodara', 'Rajkot'] }, 7],
  [{ state: 'Delhi', districts: ['New Delhi', 'South Delhi', 'North West Delhi', 'Shahdara'] }, 6],
  [{ state: 'Rajasthan', districts: ['Jaipur', 'Jodhpur', 'Kota', 'Udaipur'] }, 6],
  [{ state: 'West Bengal', districts: ['Kolkata', 'North 24 Parganas', 'Howrah', 'Darjeeling'] }, 6],
  [{ state: 'Haryana', districts: ['Gurugram', 'Faridabad', 'Panipat', 'Hisar'] }, 5],
  [{ state: 'Kerala', districts: ['Thiruvananthapuram', 'Ernakulam', 'Kozhikode', 'Thrissur'] }, 4],
  [{ state: 'Madhya Pradesh', districts: ['Indore', 'Bhopal', 'Jabalpur', 'Gwalior'] }, 4],
  [{ state: 'Bihar', districts: ['Patna', 'Gaya', 'Muzaffarpur', 'Bhagalpur'] }, 4],
  [{ state: 'Andhra Pradesh', districts: ['Visakhapatnam', 'Vijayawada', 'Guntur', 'Tirupati'] }, 4],
  [{ state: 'Punjab', districts: ['Ludhiana', 'Amritsar', 'Jalandhar', 'Mohali'] }, 3],
  [{ state: 'Odisha', districts: ['Khordha', 'Cuttack', 'Ganjam'] }, 2],
  [{ state: 'Assam', districts: ['Kamrup Metropolitan', 'Dibrugarh', 'Nagaon'] }, 2],
]; // prettier-ignore

export const COMPLAINT_CATEGORY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['INVESTMENT', 18], ['KYC_UPDATE', 14], ['IMPERSONATION', 12], ['BANK_ACCOUNT', 11], ['JOB_OFFER', 10],
  ['PAYMENT_WALLET', 9], ['LOAN', 8], ['SEXTORTION', 6], ['SIM', 4], ['UTILITY_CONNECTION', 4], ['OTHER', 4],
]; // prettier-ignore
export const COMPLAINT_CHANNEL_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['CALL', 45],
  ['WHATSAPP', 35],
  ['SMS', 15],
  ['OTHER', 5],
];
