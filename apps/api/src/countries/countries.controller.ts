import type { Locale } from '@app/i18n';
import { AnswerLanguage } from '../http/answer-language';
import { CountriesService, CountryDetailView, CountryListView } from '@app/reference';
import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ConditionalGet } from '../http/conditional-get';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { CountryListQuery } from './dto/country-list-query.dto';
import { Iso3Params } from './dto/iso3-params.dto';

@ApiTags('reference')
@Public()
@UseInterceptors(ConditionalGet)
@Controller('countries')
export class CountriesController {
  constructor(private readonly countries: CountriesService) {}

  @Get()
  @ApiOperation({
    summary:
      'Countries, filtered by regional process or UN M49 region; names in the language of Accept-Language',
  })
  @ApiOkResponse({ type: CountryListView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'Unknown process or region' })
  list(
    @Query() query: CountryListQuery,
    @AnswerLanguage() language: Locale,
  ): Promise<CountryListView> {
    return this.countries.list(query, language);
  }

  @Get(':iso3')
  @ApiOperation({ summary: 'One country with its process memberships and treaty status' })
  @ApiOkResponse({ type: CountryDetailView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'No country with that code' })
  get(@Param() params: Iso3Params, @AnswerLanguage() language: Locale): Promise<CountryDetailView> {
    return this.countries.get(params.iso3, language);
  }
}
