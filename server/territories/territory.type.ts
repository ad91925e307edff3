import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { NamedEntity } from '../common/named-entity.type.js';
import { PageOf } from '../common/page.js';

export enum TerritoryLevel {
  COUNTRY = 'COUNTRY',
  OBLAST = 'OBLAST',
  RAYON = 'RAYON',
  CITY = 'CITY',
  CITY_DISTRICT = 'CITY_DISTRICT',
  AYIL_AIMAK = 'AYIL_AIMAK',
}
registerEnumType(TerritoryLevel, {
  name: 'TerritoryLevel',
  valuesConfig: { AYIL_AIMAK: { description: 'Rural municipality territory, governed by an ayil okmotu' } },
});

export enum CityStatus {
  REPUBLICAN = 'REPUBLICAN',
  OBLAST = 'OBLAST',
  DISTRICT = 'DISTRICT',
}
registerEnumType(CityStatus, { name: 'CityStatus', description: 'Whose significance a city is of' });

@ObjectType({ simpleResolvers: true, implements: NamedEntity, description: 'An administrative unit keyed by its SOATE code' })
export class Territory extends NamedEntity {
  @Field(() => String, { description: 'SOATE (СОАТЕ) classifier code' })
  soate!: string;

  @Field(() => TerritoryLevel)
  level!: TerritoryLevel;

  @Field(() => CityStatus, { nullable: true })
  cityStatus?: CityStatus | null;

  @Field(() => String, { nullable: true, description: 'Administrative centre (Russian)' })
  adminCentreRu?: string | null;

  @Field(() => Float, { nullable: true })
  lat?: number | null;

  @Field(() => Float, { nullable: true })
  lon?: number | null;

  @Field(() => String, { nullable: true, description: 'OCHA COD-AB p-code, for joining map boundaries' })
  ochaPcode?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class TerritoryPage extends PageOf(Territory, 'TerritoryPage') {}
