import type { Locale } from '@app/i18n';
import { Public } from '../http/access/decorators';
import { FrameworkService, FrameworkView, IndicatorListView } from '@app/reference';
import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { ConditionalGet } from '../http/conditional-get';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnswerLanguage } from '../http/answer-language';

@ApiTags('reference')
@Public()
@UseInterceptors(ConditionalGet)
@Controller()
export class FrameworkController {
  constructor(private readonly framework: FrameworkService) {}

  @Get('framework')
  @ApiOperation({
    summary:
      'Objective 9: commitment, actions (a)-(f) with Work Plan areas, SDG targets and checklist; indicators — in the language of Accept-Language',
  })
  @ApiOkResponse({ type: FrameworkView })
  get(@AnswerLanguage() language: Locale): Promise<FrameworkView> {
    return this.framework.get(language);
  }

  @Get('indicators')
  @ApiOperation({
    summary:
      'Quantitative indicators with their disaggregation (sex, sex × age), named in the language of Accept-Language',
  })
  @ApiOkResponse({ type: IndicatorListView })
  async indicators(@AnswerLanguage() language: Locale): Promise<IndicatorListView> {
    return { language, items: await this.framework.indicators(language) };
  }
}
