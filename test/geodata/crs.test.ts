import { describe, expect, it } from 'vitest';
import { crsByCode, crsFromWkt } from '../../src/geodata/crs.js';

const ESRI_UTM32 =
  'PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],' +
  'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],' +
  'PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

const OGC_UTM32 =
  'PROJCS["ETRS89 / UTM zone 32N",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",SPHEROID["GRS 1980",' +
  '6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6258"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
  'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4258"]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",9],PARAMETER["scale_factor",0.9996],' +
  'PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],' +
  'AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","25832"]]';

describe('crsByCode', () => {
  it.each([
    ['EPSG:25832', 'EPSG:25832'],
    ['epsg:25832', 'EPSG:25832'],
    ['25832', 'EPSG:25832'],
    ['urn:ogc:def:crs:EPSG::25832', 'EPSG:25832'],
    ['urn:ogc:def:crs:EPSG:6.6:4326', 'EPSG:4326'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'OGC:CRS84'],
    ['http://www.opengis.net/def/crs/EPSG/0/4647', 'EPSG:4647'],
    ['EPSG:31467', 'EPSG:31467'],
  ])('%s → %s', (text, code) => {
    expect(crsByCode(text)?.code).toBe(code);
  });

  it('knows nothing of other systems', () => {
    expect(crsByCode('EPSG:2056')).toBeUndefined();
    expect(crsByCode('nonsense')).toBeUndefined();
  });
});

describe('crsFromWkt', () => {
  it('reads ESRI and OGC flavours of ETRS89 / UTM 32N', () => {
    expect(crsFromWkt(ESRI_UTM32)?.code).toBe('EPSG:25832');
    expect(crsFromWkt(OGC_UTM32)?.code).toBe('EPSG:25832');
  });

  it('tells the zE-N variant by its false easting', () => {
    expect(crsFromWkt(ESRI_UTM32.replace('500000.0', '32500000.0'))?.code).toBe('EPSG:4647');
  });

  it('reads Gauss-Krüger, geographic and LAEA names', () => {
    expect(
      crsFromWkt('PROJCS["DHDN_3_Degree_Gauss_Zone_3",GEOGCS["GCS_Deutsches_Hauptdreiecksnetz"]]')?.code,
    ).toBe('EPSG:31467');
    expect(crsFromWkt('PROJCS["DHDN / 3-degree Gauss-Kruger zone 3",GEOGCS["DHDN"]]')?.code).toBe(
      'EPSG:31467',
    );
    expect(crsFromWkt('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]')?.code).toBe('EPSG:4326');
    expect(crsFromWkt('GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989"]]')?.code).toBe('EPSG:4258');
    expect(crsFromWkt('PROJCS["ETRS89-extended / LAEA Europe",GEOGCS["ETRS89"]]')?.code).toBe('EPSG:3035');
  });

  it('uses the outermost EPSG id of WKT2, not an inner one', () => {
    const wkt2 =
      'PROJCRS["whatever",BASEGEOGCRS["ETRS89",ID["EPSG",4258]],CONVERSION["UTM zone 32N"],ID["EPSG",25832]]';
    expect(crsFromWkt(wkt2)?.code).toBe('EPSG:25832');
    expect(crsFromWkt('PROJCS["Some local grid",GEOGCS["ETRS89",AUTHORITY["EPSG","4258"]]]')).toBeUndefined();
  });
});
