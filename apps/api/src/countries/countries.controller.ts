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
  @ApiOperation({ summary: 'Countries, filtered by regional process or UN M49 region' })
  @ApiOkResponse({ type: CountryListView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'Unknown process or region' })
  list(@Query() query: CountryListQuery): Promise<CountryListView> {
    return this.countries.list(query);
  }

  @Get(':iso3')
  @ApiOperation({ summary: 'One country with its process memberships and treaty status' })
  @ApiOkResponse({ type: CountryDetailView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'No country with that code' })
  get(@Param() params: Iso3Params): Promise<CountryDetailView> {
    return this.countries.get(params.iso3);
  }
}
